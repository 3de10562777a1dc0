"""Demo content for `python manage.py seed_demo`: two bilingual courses."""
