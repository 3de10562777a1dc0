from django.urls import path

from . import views

app_name = "centres"

urlpatterns = [
    path("register/", views.register, name="register"),
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/who/", views.choose_profile, name="choose_profile"),
    path("sign-in/pin/<int:profile_id>/", views.enter_pin, name="enter_pin"),
    path("sign-out/", views.sign_out, name="sign_out"),
]
