"""Official services for the demo's service cards, keyed for lesson content.

Phone numbers are given only where they are national numbers people already
know (333 for government information, 999 for emergencies); trainers add the
rest from each office's own materials. Web addresses are the agencies' own.
"""

SERVICES = {
    "bmet": {
        "name_en": "Bureau of Manpower, Employment and Training (BMET)",
        "name_bn": "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি)",
        "description_en": (
            "Registers workers who want to go abroad, issues emigration clearance "
            "and the smart card, and runs technical training centres. Register "
            "here before you sign any job offer."
        ),
        "description_bn": (
            "বিদেশে যেতে ইচ্ছুক কর্মীদের নিবন্ধন করে, বহির্গমন ছাড়পত্র ও স্মার্ট কার্ড দেয় "
            "এবং কারিগরি প্রশিক্ষণ কেন্দ্র চালায়। কোনো চাকরির প্রস্তাবে সই করার আগে "
            "এখানে নিবন্ধন করুন।"
        ),
        "phone": "",
        "website": "https://www.bmet.gov.bd",
    },
    "demo": {
        "name_en": "District Employment and Manpower Office (DEMO)",
        "name_bn": "জেলা কর্মসংস্থান ও জনশক্তি অফিস (ডেমো)",
        "description_en": (
            "BMET's office in your district: registration for overseas jobs, "
            "fingerprints, pre-departure orientation, and help with complaints "
            "against recruiting agents."
        ),
        "description_bn": (
            "আপনার জেলায় বিএমইটির অফিস: বিদেশে চাকরির নিবন্ধন, আঙুলের ছাপ, "
            "বিদেশ যাত্রার আগের ওরিয়েন্টেশন এবং দালাল বা রিক্রুটিং এজেন্সির বিরুদ্ধে "
            "অভিযোগে সাহায্য।"
        ),
        "phone": "",
        "website": "https://www.bmet.gov.bd",
    },
    "wewb": {
        "name_en": "Wage Earners' Welfare Board (WEWB)",
        "name_bn": "ওয়েজ আর্নার্স কল্যাণ বোর্ড",
        "description_en": (
            "Welfare for registered migrant workers and their families: "
            "compensation when a worker dies abroad, help bringing the body home, "
            "medical and disability aid, and scholarships for children."
        ),
        "description_bn": (
            "নিবন্ধিত প্রবাসী কর্মী ও তাঁদের পরিবারের কল্যাণ: বিদেশে কর্মীর মৃত্যু হলে "
            "ক্ষতিপূরণ, মরদেহ দেশে আনতে সহায়তা, চিকিৎসা ও প্রতিবন্ধিতা সহায়তা এবং "
            "সন্তানদের শিক্ষাবৃত্তি।"
        ),
        "phone": "",
        "website": "https://www.wewb.gov.bd",
    },
    "pkb": {
        "name_en": "Probashi Kallyan Bank",
        "name_bn": "প্রবাসী কল্যাণ ব্যাংক",
        "description_en": (
            "The government bank for migrants: loans to cover the cost of going "
            "abroad, and reintegration loans for returnees who want to start or "
            "grow a business at home, on easier terms than money lenders."
        ),
        "description_bn": (
            "প্রবাসীদের জন্য সরকারি ব্যাংক: বিদেশ যাওয়ার খরচের জন্য অভিবাসন ঋণ এবং "
            "দেশে ফিরে ব্যবসা শুরু বা বড় করতে চাইলে পুনর্বাসন ঋণ, মহাজনের চেয়ে "
            "সহজ শর্তে।"
        ),
        "phone": "",
        "website": "https://www.pkb.gov.bd",
    },
    "bkttc": {
        "name_en": "Bangladesh-Korea Technical Training Centre (BKTTC)",
        "name_bn": "বাংলাদেশ-কোরিয়া কারিগরি প্রশিক্ষণ কেন্দ্র",
        "description_en": (
            "Skills and pre-departure training under BMET. A recognised skill "
            "certificate usually means a better wage abroad."
        ),
        "description_bn": (
            "বিএমইটির অধীনে দক্ষতা ও বিদেশ যাত্রার আগের প্রশিক্ষণ। স্বীকৃত দক্ষতার "
            "সনদ থাকলে সাধারণত বিদেশে বেশি মজুরি পাওয়া যায়।"
        ),
        "phone": "",
        "website": "https://www.bmet.gov.bd",
    },
    "expatriate_digital_centre": {
        "name_en": "Expatriate Digital Centre",
        "name_bn": "প্রবাসী ডিজিটাল সেন্টার",
        "description_en": (
            "A service point for migrants' paperwork online: registration, "
            "applications and forms. Your Union Digital Centre can connect you."
        ),
        "description_bn": (
            "প্রবাসীদের কাগজপত্রের অনলাইন সেবার জায়গা: নিবন্ধন, আবেদন ও ফরম। "
            "আপনার ইউনিয়ন ডিজিটাল সেন্টার আপনাকে যুক্ত করে দিতে পারে।"
        ),
        "phone": "333",
        "website": "https://www.probashi.gov.bd",
    },
    "police_expatriate_help": {
        "name_en": "Police expatriate help cell",
        "name_bn": "পুলিশের প্রবাসী সহায়তা সেল",
        "description_en": (
            "Bangladesh Police's help for migrants and their families: complaints "
            "about fraud by agents, hundi operators or anyone who took your money. "
            "In an emergency call 999."
        ),
        "description_bn": (
            "প্রবাসী ও তাঁদের পরিবারের জন্য বাংলাদেশ পুলিশের সহায়তা: দালাল, হুন্ডি "
            "ব্যবসায়ী বা যে কেউ টাকা নিয়ে প্রতারণা করলে অভিযোগ। জরুরি প্রয়োজনে "
            "৯৯৯ নম্বরে ফোন করুন।"
        ),
        "phone": "999",
        "website": "https://www.police.gov.bd",
    },
}
