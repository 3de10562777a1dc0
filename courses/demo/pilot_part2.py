"""Pilot learner course, part 2: modules 4 to 6 of "Managing the money you earn abroad".

Module 4 turns remittances into income (planning, choosing a small business, a simple
plan and records); module 5 covers fraud, scams and borrowing; module 6 explains the
welfare services for migrants and families and how to keep papers safe. Every lesson
is bilingual: the ``bn`` and ``en`` block lists match one to one. Money amounts are
illustrative; interest rates and welfare amounts are left to the bank and to WEWB.
"""

MODULES = [
    {
        "slug": "productive-use",
        "title": {
            "bn": "রেমিট্যান্সের টাকা আয়ের কাজে লাগানো",
            "en": "Putting remittances to productive use",
        },
        "summary": {
            "bn": (
                "খরচের আগে পরিকল্পনা করুন, নিজের দক্ষতা ও এলাকার চাহিদা মিলিয়ে ছোট ব্যবসা "
                "বেছে নিন, আর সহজ হিসাব রাখুন।"
            ),
            "en": (
                "Plan before you spend, choose a small business that fits your skills "
                "and your local market, and keep simple records."
            ),
        },
        "lessons": [
            {
                "slug": "plan-before-spending",
                "title": {
                    "bn": "খরচের আগে পরিকল্পনা",
                    "en": "Plan before you spend",
                },
                "summary": {
                    "bn": (
                        "যে টাকা শুধু খরচ হয়ে যায় আর যে টাকা নতুন আয় আনে, তার পার্থক্য বুঝে "
                        "পরিকল্পনা করুন।"
                    ),
                    "en": (
                        "Learn the difference between money that is only spent and "
                        "money that brings new income, and plan for both."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "টাকা আসার আগেই পরিকল্পনা করুন",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বিদেশে অনেক কষ্ট করে টাকা আয় হয়। সেই টাকা দেশে এলে "
                                "অনেক চাহিদা একসঙ্গে সামনে আসে। পরিকল্পনা না থাকলে টাকা "
                                "দ্রুত শেষ হয়ে যায়। তাই টাকা পাঠানোর আগেই পরিবারের সঙ্গে "
                                "বসুন। সবাই মিলে ঠিক করুন, কোন টাকা কোন কাজে যাবে।</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>টাকার ব্যবহার দুই রকম:</p><ul><li><b>শুধু খরচ:</b> "
                                "বাড়ি বানানো, চাষ করবেন না এমন জমি কেনা, বিয়ে বা বড় "
                                "অনুষ্ঠান, দামি জিনিস। এগুলো দরকারি হতে পারে, কিন্তু নতুন আয় "
                                "আনে না।</li><li><b>আয়ের কাজ:</b> মুরগি পালন, গরু পালন, "
                                "মুদি দোকান, সেলাইয়ের কাজ, চাষাবাদ। এগুলো প্রতি মাসে বা "
                                "প্রতি মৌসুমে নতুন টাকা আনতে পারে।</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "রফিকের ৪ লাখ টাকার পরিকল্পনা",
                                "situation": (
                                    "রফিক ৬ বছর সৌদি আরবে কাজ করে দেশে ফিরেছেন। তাঁর "
                                    "ব্যাংক হিসাবে ৪ লাখ টাকা জমা আছে। পরিবারের সঙ্গে "
                                    "বসে তিনি এই পরিকল্পনা করলেন।"
                                ),
                                "lines": [
                                    {
                                        "label": "ব্যাংকে জমানো টাকা",
                                        "amount": "400000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "বিদেশ যাওয়ার ঋণের বাকি অংশ শোধ",
                                        "amount": "60000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "জরুরি তহবিল (আলাদা সঞ্চয় হিসাবে রাখা)",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ঘরের চাল ও টয়লেট মেরামত",
                                        "amount": "70000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "মুরগির খামার শুরু",
                                        "amount": "120000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "সন্তানদের পড়াশোনা (এক বছর)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "পরে দরকারের জন্য ব্যাংকে থাকল",
                                "lesson": (
                                    "রফিক সব টাকা বাড়িতে খরচ করেননি। ঋণ শোধ, জরুরি "
                                    "তহবিল আর আয়ের কাজকে তিনি আগে রেখেছেন। বাকি ৭০,০০০ "
                                    "টাকা পরে দরকার হলে ব্যবহার করবেন।"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "টাকা ভাগ করার ক্রম",
                                "points": [
                                    "আগে ঋণ শোধ করুন, বিশেষ করে বেশি সুদের ঋণ।",
                                    "কয়েক মাসের খরচের সমান জরুরি তহবিল রাখুন।",
                                    "প্রবাসী আয়ের একটি অংশ আয়ের কাজে লাগান।",
                                    "বাড়ি, জমি ও অনুষ্ঠানের খরচ সাধ্যের মধ্যে রাখুন।",
                                    "সব টাকা একবারে খরচ করবেন না।",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>ধার করে বিয়ে বা বড় অনুষ্ঠান করবেন না। অনুষ্ঠান এক "
                                    "দিনের, কিন্তু ঋণের বোঝা থাকে বছরের পর বছর।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>পরিকল্পনাটি একটি খাতায় লিখে রাখুন। আপনি বিদেশে "
                                    "থাকলে প্রতি মাসে পরিবারের সঙ্গে ফোনে কথা বলে হিসাব "
                                    "মিলিয়ে নিন।</p>"
                                ),
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Make a plan before the money arrives",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>You work very hard abroad for your money. When it "
                                "reaches home, many needs appear at once. Without a "
                                "plan, the money is gone fast. So sit with your family "
                                "before you send money. Decide together what each part "
                                "is for.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Money can be used in two ways:</p><ul><li><b>Only "
                                "spending:</b> building a house, buying land you will "
                                "not farm, a wedding or a big feast, costly goods. "
                                "These may be needed, but they bring no new "
                                "income.</li><li><b>Earning:</b> poultry, cow rearing, "
                                "a grocery shop, tailoring, farming. These can bring "
                                "new money every month or every season.</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "Rafiq's plan for 400,000 taka",
                                "situation": (
                                    "Rafiq came home after 6 years of work in Saudi "
                                    "Arabia. He has 400,000 taka saved in his bank "
                                    "account. He sat with his family and made this "
                                    "plan."
                                ),
                                "lines": [
                                    {
                                        "label": "Savings in the bank",
                                        "amount": "400000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": (
                                            "Pay off the rest of the migration loan"
                                        ),
                                        "amount": "60000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": (
                                            "Emergency fund (kept in a separate "
                                            "savings account)"
                                        ),
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Repair the roof and the toilet",
                                        "amount": "70000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Start a poultry farm",
                                        "amount": "120000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Children's schooling (one year)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "Left in the bank for later",
                                "lesson": (
                                    "Rafiq did not spend it all on the house. He put "
                                    "the debt, an emergency fund and an earning "
                                    "business first. He keeps the other 70,000 taka "
                                    "for later needs."
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "The order for sharing out your money",
                                "points": [
                                    (
                                        "Pay off debts first, above all loans with "
                                        "high interest."
                                    ),
                                    (
                                        "Keep an emergency fund worth a few months of "
                                        "spending."
                                    ),
                                    (
                                        "Put part of your remittance into something "
                                        "that earns."
                                    ),
                                    (
                                        "Keep house, land and feast spending within "
                                        "what you can afford."
                                    ),
                                    "Do not spend all the money at once.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Do not borrow money for a wedding or a big "
                                    "feast. The feast lasts one day, but the debt can "
                                    "stay for years.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Write your plan in a notebook. If you are "
                                    "abroad, go over it with your family on the phone "
                                    "every month.</p>"
                                ),
                            },
                        },
                    ],
                },
            },
            {
                "slug": "choose-a-business",
                "title": {
                    "bn": "আপনার জন্য ঠিক ব্যবসা বেছে নিন",
                    "en": "Choose a business that fits you",
                },
                "summary": {
                    "bn": (
                        "নিজের দক্ষতা, এলাকার চাহিদা আর হাতের টাকা মিলিয়ে একটি ছোট "
                        "ব্যবসা বেছে নিন।"
                    ),
                    "en": (
                        "Choose a small business that matches your skills, what people "
                        "near you buy, and the money you have."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "নিজেকে তিনটি প্রশ্ন করুন",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ব্যবসা শুরুর আগে এই তিনটি প্রশ্নের উত্তর "
                                "খুঁজুন:</p><ol><li><b>আমি কী কাজ জানি?</b> বিদেশে বা "
                                "দেশে কোন কাজ শিখেছি?</li><li><b>এলাকার মানুষ কী "
                                "কেনে?</b> কোন জিনিসের চাহিদা আছে, কিন্তু বিক্রেতা "
                                "কম?</li><li><b>আমার কত টাকা আর সময় আছে?</b> লোকসান "
                                "হলেও কি সংসার চলবে?</li></ol>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "কয়েকটি ছোট ব্যবসার ধারণা",
                                "points": [
                                    (
                                        "মুরগি পালন: অল্প জায়গায় শুরু করা যায়, তবে রোগ আর "
                                        "খাবারের দামের ঝুঁকি আছে।"
                                    ),
                                    (
                                        "গরু পালন বা মোটাতাজাকরণ: ঈদের আগে ভালো দাম "
                                        "পাওয়া যায়, তবে শুরুতে বেশি টাকা লাগে।"
                                    ),
                                    (
                                        "মুদি দোকান: প্রতিদিন বিক্রি হয়, তবে ভালো জায়গা "
                                        "দরকার। বাকিতে বেশি বিক্রি করলে বিপদ।"
                                    ),
                                    (
                                        "সেলাইয়ের কাজ: একটি মেশিন দিয়ে বাড়িতেই শুরু করা "
                                        "যায়। ঈদ আর স্কুল খোলার সময় কাজ বেশি থাকে।"
                                    ),
                                    (
                                        "বীজ, সার ও কৃষি উপকরণ বিক্রি: কৃষি এলাকায় চাহিদা "
                                        "আছে। কিছু পণ্য বিক্রির জন্য অনুমতি লাগে, তাই "
                                        "উপজেলা কৃষি অফিসে জেনে নিন।"
                                    ),
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বাজারে গিয়ে নিজের চোখে দেখুন। দোকানদার, খামারি আর "
                                "ক্রেতাদের সঙ্গে কথা বলুন। জিজ্ঞেস করুন, কোন জিনিস কত দামে "
                                "বিক্রি হয় আর কোনটার অভাব আছে। আপনার গ্রামে আগেই দশটি "
                                "মুদি দোকান থাকলে এগারো নম্বর দোকান ভালো চলবে না।</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>শুরুর আগে প্রশিক্ষণ নিন। উপজেলা প্রাণিসম্পদ অফিস, "
                                    "উপজেলা কৃষি অফিস আর যুব উন্নয়ন অধিদপ্তর মুরগি পালন, গরু "
                                    "পালন ও চাষাবাদের মতো কাজে পরামর্শ ও প্রশিক্ষণ "
                                    "দেয়।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>শুরুতেই সব টাকা ব্যবসায় ঢালবেন না। ছোট করে শুরু "
                                    "করুন। কয়েক মাস লাভ হলে তারপর ব্যবসা বড় করুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>অন্যের ব্যবসা ভালো চলছে বলেই আপনারটাও চলবে, এমন "
                                    "নয়। আপনার দক্ষতা আর এলাকার চাহিদা মেলে কি না, "
                                    "সেটাই আসল কথা।</p>"
                                ),
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Ask yourself three questions",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Before you start a business, find answers to these "
                                "three questions:</p><ol><li><b>What work do I "
                                "know?</b> What skills did I learn abroad or at "
                                "home?</li><li><b>What do people here buy?</b> What is "
                                "in demand, but has few sellers?</li><li><b>How much "
                                "money and time do I have?</b> Can my household still "
                                "manage if I make a loss?</li></ol>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Some small business ideas",
                                "points": [
                                    (
                                        "Poultry: you can start in a small space, but "
                                        "disease and feed prices are risks."
                                    ),
                                    (
                                        "Cow rearing or fattening: good prices before "
                                        "Eid, but it needs more money at the start."
                                    ),
                                    (
                                        "Grocery shop: sales every day, but you need a "
                                        "good spot. Selling too much on credit brings "
                                        "trouble."
                                    ),
                                    (
                                        "Tailoring: one machine at home is enough to "
                                        "start. There is more work before Eid and when "
                                        "schools open."
                                    ),
                                    (
                                        "Selling seeds, fertiliser and farm supplies: "
                                        "in demand in farming areas. Some goods need a "
                                        "permit, so ask the Upazila Agriculture Office."
                                    ),
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Go to the market and see for yourself. Talk to "
                                "shopkeepers, farmers and buyers. Ask what sells, at "
                                "what price, and what is missing. If your village "
                                "already has ten grocery shops, an eleventh will not "
                                "do well.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Get training before you start. The Upazila "
                                    "Livestock Office, the Upazila Agriculture Office "
                                    "and the Department of Youth Development give "
                                    "advice and training in work such as poultry, cow "
                                    "rearing and farming.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Do not put all your money into the business at "
                                    "the start. Start small. Grow the business only "
                                    "after a few months of profit.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>A business that does well for someone else "
                                    "will not always do well for you. What matters is "
                                    "whether your skills match what people near you "
                                    "need.</p>"
                                ),
                            },
                        },
                    ],
                },
            },
            {
                "slug": "business-plan-and-records",
                "title": {
                    "bn": "সহজ ব্যবসা পরিকল্পনা ও হিসাব রাখা",
                    "en": "A simple business plan and records",
                },
                "summary": {
                    "bn": (
                        "খরচ, বিক্রি আর লাভ হিসাব করে এক পাতার পরিকল্পনা বানান এবং "
                        "প্রতিদিনের হিসাব খাতায় লিখুন।"
                    ),
                    "en": (
                        "Work out costs, sales and profit in a one-page plan, and "
                        "write down each day's money in a notebook."
                    ),
                },
                "minutes": 10,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "এক পাতার ব্যবসা পরিকল্পনা",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>পরিকল্পনা লম্বা হওয়ার দরকার নেই। এক পাতায় এই কথাগুলো "
                                "লিখুন:</p><ul><li>কী বিক্রি করবেন, আর কারা "
                                "কিনবে।</li><li>শুরু করতে একবারে কত টাকা লাগবে (ঘর, "
                                "যন্ত্রপাতি)।</li><li>প্রতিবার বা প্রতি মাসে কত খরচ "
                                "হবে।</li><li>কত দামে বিক্রি করবেন, আর কত লাভ "
                                "থাকবে।</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "৩০০টি ব্রয়লার মুরগির এক ব্যাচের হিসাব",
                                "situation": (
                                    "শাহানা বাড়ির পাশে একটি ছোট শেড বানিয়েছেন। শেড, "
                                    "খাবার ও পানির পাত্রে একবার খরচ হয়েছে ৪৫,০০০ টাকা। "
                                    "এখন তিনি ৩০০টি বাচ্চা কিনে প্রায় ৫ সপ্তাহ পালবেন। "
                                    "নিচে এক ব্যাচের হিসাব। দামগুলো উদাহরণ মাত্র; বাজারে "
                                    "দাম প্রায়ই বদলায়।"
                                ),
                                "lines": [
                                    {
                                        "label": (
                                            "২৯০টি মুরগি বিক্রি (প্রায় ৫৮০ কেজি, প্রতি "
                                            "কেজি ১৪০ টাকা)"
                                        ),
                                        "amount": "81200",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "৩০০টি বাচ্চা (প্রতিটি ৪৫ টাকা)",
                                        "amount": "13500",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "খাবার (প্রায় ৯০০ কেজি)",
                                        "amount": "54000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "টিকা ও ওষুধ",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "তুষ, বিদ্যুৎ ও অন্যান্য খরচ",
                                        "amount": "2500",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "এক ব্যাচে লাভ",
                                "lesson": (
                                    "এক ব্যাচে লাভ প্রায় ৮,২০০ টাকা। বছরে ৫ বা ৬টি ব্যাচ "
                                    "হলে প্রায় এক বছরে শেডের ৪৫,০০০ টাকা উঠে আসতে পারে। "
                                    "কিন্তু রোগ হলে বা দাম পড়ে গেলে লোকসানও হতে পারে, "
                                    "তাই কিছু টাকা হাতে রাখুন।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>বিক্রির টাকা মানেই লাভ নয়। বিক্রির টাকা থেকে সব "
                                    "খরচ বাদ দিলে যা থাকে, সেটাই লাভ। ব্যবসার টাকা আর "
                                    "সংসারের টাকা আলাদা রাখুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>হিসাবের খাতা রাখুন।</b> প্রতিদিন তারিখ, কী কিনলেন "
                                "বা বেচলেন, আর কত টাকা এল বা গেল, লিখে রাখুন। সপ্তাহ "
                                "শেষে যোগ করুন। লিখতে অসুবিধা হলে সন্তান বা পরিবারের অন্য "
                                "কাউকে দিয়ে লেখান। সব রসিদ একটি খামে রাখুন।</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "হিসাব রাখলে যা জানবেন",
                                "points": [
                                    "ব্যবসায় আসলে লাভ হচ্ছে কি না।",
                                    "কোন খরচ বেশি হচ্ছে, কোথায় কমানো যায়।",
                                    "কার কাছে কত টাকা বাকি আছে।",
                                    "ঋণ চাইলে ব্যাংককে দেখানোর মতো প্রমাণ।",
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ব্যবসা শুরু বা বড় করতে টাকা কম পড়লে মহাজনের কাছে "
                                "যাবেন না। বিদেশফেরত কর্মীদের জন্য প্রবাসী কল্যাণ ব্যাংক "
                                "পুনর্বাসন ঋণ দেয়। আপনার ব্যবসা পরিকল্পনা আর পাসপোর্টের কপি "
                                "নিয়ে কাছের শাখায় যান। সুদের হার, শর্ত আর কী কী কাগজ "
                                "লাগবে, তা ব্যাংক থেকেই জেনে নিন।</p>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "A one-page business plan",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A plan does not need to be long. Write these "
                                "things on one page:</p><ul><li>What you will sell, "
                                "and who will buy it.</li><li>How much you need once, "
                                "to start (a shed, tools).</li><li>How much each round "
                                "or each month will cost.</li><li>What price you will "
                                "sell at, and how much profit is left.</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "One batch of 300 broiler chickens",
                                "situation": (
                                    "Shahana built a small shed next to her house. The "
                                    "shed, feeders and drinkers cost 45,000 taka once. "
                                    "Now she will buy 300 chicks and raise them for "
                                    "about 5 weeks. Here is one batch. The prices are "
                                    "only an example; market prices change often."
                                ),
                                "lines": [
                                    {
                                        "label": (
                                            "Sale of 290 birds (about 580 kg at 140 "
                                            "taka a kg)"
                                        ),
                                        "amount": "81200",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "300 chicks (45 taka each)",
                                        "amount": "13500",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Feed (about 900 kg)",
                                        "amount": "54000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Vaccines and medicine",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": (
                                            "Husk bedding, electricity and other costs"
                                        ),
                                        "amount": "2500",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "Profit from one batch",
                                "lesson": (
                                    "One batch makes about 8,200 taka profit. With 5 "
                                    "or 6 batches a year, the 45,000 taka for the shed "
                                    "can come back in about a year. But disease or a "
                                    "fall in prices can bring a loss, so keep some "
                                    "money in hand."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>Sales money is not profit. Profit is what is "
                                    "left after you take away all the costs. Keep "
                                    "business money and household money apart.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Keep a record book.</b> Every day, write the "
                                "date, what you bought or sold, and how much money "
                                "came in or went out. Add it up at the end of each "
                                "week. If writing is hard, ask your child or another "
                                "family member to write it. Keep all receipts in one "
                                "envelope.</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "What your records tell you",
                                "points": [
                                    "Whether the business really makes a profit.",
                                    "Which costs are high, and where you can cut.",
                                    "Who owes you money, and how much.",
                                    "Proof to show a bank when you ask for a loan.",
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>If you are short of money to start or grow a "
                                "business, do not go to a money lender. Probashi "
                                "Kallyan Bank gives reintegration loans to returnee "
                                "workers. Take your business plan and a copy of your "
                                "passport to the nearest branch. Ask the bank itself "
                                "about the interest rate, the terms and the papers you "
                                "need.</p>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "fraud-and-debt",
        "title": {
            "bn": "প্রতারণা ও ঋণের ফাঁদ থেকে বাঁচুন",
            "en": "Avoiding fraud and debt traps",
        },
        "summary": {
            "bn": (
                "ভুয়া চাকরি, দালাল, ভিসা প্রতারণা আর লোভনীয় স্কিম চিনে নিন, বুঝে-শুনে ঋণ "
                "নিন, আর প্রতারিত হলে কোথায় যাবেন তা জানুন।"
            ),
            "en": (
                "Learn to spot fake jobs, dalals, visa fraud and tempting schemes, "
                "borrow with care, and know where to go if you are cheated."
            ),
        },
        "lessons": [
            {
                "slug": "fake-jobs-and-visa-fraud",
                "title": {
                    "bn": "ভুয়া চাকরি, দালাল ও ভিসা প্রতারণা",
                    "en": "Fake jobs, dalals and visa fraud",
                },
                "summary": {
                    "bn": (
                        "বিদেশে চাকরির নামে প্রতারণার লক্ষণ চিনুন এবং টাকা দেওয়ার আগে "
                        "সবকিছু যাচাই করুন।"
                    ),
                    "en": (
                        "Learn the signs of fraud in overseas job offers, and check "
                        "everything before you pay."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "প্রস্তাব বেশি ভালো শোনালে সাবধান",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>অনেক দালাল গ্রামে এসে বড় বেতনের চাকরির কথা বলে। "
                                "তারা লাখ লাখ টাকা নেয়, কিন্তু রসিদ দেয় না। বিদেশে গিয়ে "
                                "অনেকে দেখেন, চাকরিই নেই, বা বেতন কথার চেয়ে অনেক কম। "
                                "তখন দেশে ফেরাও কঠিন হয়ে যায়।</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "প্রতারণার লক্ষণ",
                                "points": [
                                    "লিখিত চুক্তি ছাড়াই টাকা চায়।",
                                    "টাকা নেয়, কিন্তু রসিদ দেয় না।",
                                    "খুব অল্প সময়ে খুব বেশি বেতনের কথা দেয়।",
                                    '"ফ্রি ভিসা" বা ভ্রমণ ভিসায় গিয়ে কাজ পাওয়ার কথা বলে।',
                                    "আপনার আসল পাসপোর্ট নিজের কাছে রেখে দিতে চায়।",
                                    "বিএমইটির নিবন্ধন বা স্মার্ট কার্ড ছাড়াই পাঠাতে চায়।",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>টাকা দেওয়ার আগে যাচাই করুন: রিক্রুটিং এজেন্সির "
                                    "সরকারি লাইসেন্স আছে কি না, আর ভিসাটি আসল কি না। "
                                    "জেলা কর্মসংস্থান ও জনশক্তি অফিস (ডেমো) বা বিএমইটিতে "
                                    "জিজ্ঞেস করুন। আপনার ইউনিয়ন ডিজিটাল সেন্টারও সাহায্য "
                                    "করতে পারে।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>টাকা দিন শুধু লাইসেন্সধারী এজেন্সিকে, আর প্রতিটি "
                                    "টাকার রসিদ নিন। চুক্তির কপি নিজের কাছে রাখুন। আপনি "
                                    "যে দেশে যাবেন, সেখানে যেতে সরকার সর্বোচ্চ কত খরচ "
                                    "ঠিক করেছে, তা ডেমো থেকে জেনে নিন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "bmet",
                        },
                        {
                            "type": "official_service",
                            "value": "demo",
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Be careful when an offer sounds too good",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Many dalals come to villages and talk about jobs "
                                "with big salaries. They take lakhs of taka but give "
                                "no receipt. Many workers reach the other country and "
                                "find there is no job at all, or the pay is far less "
                                "than promised. By then, even coming home is hard.</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Warning signs",
                                "points": [
                                    "Asks for money with no written contract.",
                                    "Takes money but gives no receipt.",
                                    "Promises a very high salary very quickly.",
                                    (
                                        'Talks of a "free visa", or of finding work '
                                        "after going on a visit visa."
                                    ),
                                    "Wants to keep your original passport.",
                                    (
                                        "Wants to send you without BMET registration "
                                        "or a smart card."
                                    ),
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Check before you pay: does the recruiting "
                                    "agency have a government licence, and is the visa "
                                    "real? Ask at the District Employment and Manpower "
                                    "Office (DEMO) or at BMET. Your Union Digital "
                                    "Centre can help too.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Pay only a licensed agency, and get a receipt "
                                    "for every taka. Keep a copy of your contract. Ask "
                                    "DEMO the highest cost the government has set for "
                                    "going to the country you plan to work in.</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "bmet",
                        },
                        {
                            "type": "official_service",
                            "value": "demo",
                        },
                    ],
                },
            },
            {
                "slug": "scams-and-pin-safety",
                "title": {
                    "bn": "লোভনীয় স্কিম, গোপন পিন ও প্রতারিত হলে করণীয়",
                    "en": "Tempting schemes, your PIN, and what to do if cheated",
                },
                "summary": {
                    "bn": (
                        "টাকা দ্বিগুণ করার ফাঁদ চিনুন, পিন ও ওটিপি কাউকে দেবেন না, আর "
                        "প্রতারিত হলে দেরি না করে অভিযোগ করুন।"
                    ),
                    "en": (
                        "Spot schemes that promise to double your money, never share "
                        "your PIN or OTP, and report fraud without delay."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "টাকা দ্বিগুণ করার ফাঁদ",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                '<p>কেউ বলে, "আমাদের কোম্পানিতে টাকা রাখুন, এক বছরে '
                                'দ্বিগুণ হবে।" কেউ বলে, "নতুন সদস্য আনলেই কমিশন।" এগুলো '
                                "সাধারণত পিরামিড ধরনের ফাঁদ। নতুন সদস্যদের টাকা দিয়ে "
                                "পুরোনো সদস্যদের লাভ দেওয়া হয়। নতুন মানুষ আসা বন্ধ হলেই সব "
                                "ভেঙে পড়ে, আর বেশির ভাগ মানুষ টাকা হারান।</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "সাবধান হওয়ার লক্ষণ",
                                "points": [
                                    'খুব বেশি লাভের নিশ্চয়তা, আর বলে "কোনো ঝুঁকি নেই"।',
                                    'এখনই টাকা দিতে চাপ দেয়: "আজই শেষ সুযোগ।"',
                                    "আয় আসে মূলত নতুন সদস্য আনার মাধ্যমে।",
                                    "অফিস, লাইসেন্স বা লিখিত কাগজ দেখাতে পারে না।",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>আপনার পিন বা ওটিপি কাউকে বলবেন না।</b> "
                                    "ওটিপি হলো মোবাইলে আসা একবার ব্যবহারের গোপন নম্বর। "
                                    "ব্যাংক, বিকাশ, নগদ, রকেট বা কোনো সরকারি অফিস কখনো "
                                    "ফোন করে পিন বা ওটিপি চায় না। কেউ চাইলে বুঝবেন, সে "
                                    "প্রতারক।</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                '<p>প্রতারকেরা নানা গল্প বলে: "আপনার রেমিট্যান্স আটকে '
                                'গেছে", "আপনি লটারি জিতেছেন", "ভুল করে আপনার নম্বরে টাকা '
                                'চলে গেছে, ফেরত দিন।" এমন ফোন এলে কথা বাড়াবেন না, ফোন '
                                "কেটে দিন। তারপর কার্ডে বা অ্যাপে দেওয়া নম্বরে নিজে ফোন "
                                "করে জেনে নিন, অথবা নিজে শাখায় যান।</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "প্রতারিত হলে কী করবেন",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>লজ্জা পাবেন না, চুপ করে থাকবেন না।</p><ol><li>যত "
                                "তাড়াতাড়ি সম্ভব অভিযোগ করুন।</li><li>রসিদ, চুক্তি, মেসেজ, "
                                "ফোন নম্বর আর টাকা দেওয়ার প্রমাণ জমিয়ে "
                                "রাখুন।</li><li>মোবাইল অ্যাকাউন্ট থেকে টাকা গেলে সঙ্গে "
                                "সঙ্গে সেই কোম্পানির হেল্পলাইনে জানান।</li><li>দালাল বা "
                                "এজেন্সি প্রতারণা করলে ডেমোতে লিখিত অভিযোগ "
                                "দিন।</li><li>থানায় বা পুলিশের প্রবাসী সহায়তা সেলে "
                                "অভিযোগ করুন। জরুরি হলে ৯৯৯ নম্বরে ফোন করুন।</li></ol>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "police_expatriate_help",
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "The double-your-money trap",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                '<p>Someone says, "Put your money in our company and '
                                'it will double in a year." Someone else says, "Bring '
                                'in new members and earn commission." These are '
                                "usually pyramid traps. Old members are paid with new "
                                "members' money. When new people stop joining, it all "
                                "falls apart, and most people lose their money.</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Signs to watch for",
                                "points": [
                                    'A promise of very high profit, with "no risk".',
                                    'Pressure to pay now: "Today is the last chance."',
                                    (
                                        "The income comes mainly from bringing in new "
                                        "members."
                                    ),
                                    "No office, licence or written papers to show.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>Never tell anyone your PIN or OTP.</b> The "
                                    "OTP is the one-time secret code sent to your "
                                    "phone. No bank, bKash, Nagad, Rocket or "
                                    "government office will ever call and ask for your "
                                    "PIN or OTP. Anyone who asks is a cheat.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                '<p>Cheats tell many stories: "Your remittance is '
                                'stuck", "You have won a lottery", "Money went to your '
                                'number by mistake, send it back." If you get such a '
                                "call, do not keep talking; hang up. Then call the "
                                "number on your card or in the app yourself, or go to "
                                "the branch yourself.</p>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "What to do if you have been cheated",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Do not feel ashamed, and do not stay "
                                "silent.</p><ol><li>Complain as soon as you "
                                "can.</li><li>Keep the receipts, contract, messages, "
                                "phone numbers and proof of payment.</li><li>If money "
                                "left a mobile account, tell that company's helpline "
                                "at once.</li><li>If a dalal or an agency cheated you, "
                                "make a written complaint at DEMO.</li><li>Complain at "
                                "the police station or to the police expatriate help "
                                "cell. In an emergency, call 999.</li></ol>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "police_expatriate_help",
                        },
                    ],
                },
            },
            {
                "slug": "borrowing-wisely",
                "title": {
                    "bn": "বুঝে-শুনে ঋণ নিন",
                    "en": "Borrow wisely",
                },
                "summary": {
                    "bn": (
                        "ঋণ নেওয়ার আগে মোট কত টাকা ফেরত দিতে হবে তা তুলনা করুন, আর এক ঋণ "
                        "শোধ করতে আরেক ঋণ নেবেন না।"
                    ),
                    "en": (
                        "Before you borrow, compare the total you must pay back, and "
                        "never take one loan to repay another."
                    ),
                },
                "minutes": 10,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "ঋণের আসল খরচ দেখুন",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ঋণ নেওয়ার আগে শুধু কিস্তির অঙ্ক দেখবেন না। জিজ্ঞেস করুন: "
                                "<b>সব মিলিয়ে মোট কত টাকা ফেরত দিতে হবে?</b> সুদ, ফি আর "
                                "জরিমানা যোগ করলে আসল খরচ বোঝা যায়। মহাজনের ঋণ সহজে "
                                "পাওয়া যায়, কিন্তু তার খরচ অনেক বেশি।</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "মহাজনের ঋণে গরু পালন",
                                "situation": (
                                    "করিম মহাজনের কাছ থেকে ৫০,০০০ টাকা ধার নিয়ে একটি "
                                    "বাছুর কিনলেন। মহাজন প্রতি মাসে ৫,০০০ টাকা সুদ নেন "
                                    "(হাজারে ১০০ টাকা)। এক বছর পর করিম গরুটি বিক্রি "
                                    "করলেন। সংখ্যাগুলো উদাহরণ মাত্র।"
                                ),
                                "lines": [
                                    {
                                        "label": "মহাজনের ঋণ",
                                        "amount": "50000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "বাছুর কেনা",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "খাবার ও চিকিৎসা (এক বছর)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "গরু বিক্রি",
                                        "amount": "140000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "মহাজনকে আসল টাকা ফেরত",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "মহাজনের সুদ (১২ মাস × ৫,০০০ টাকা)",
                                        "amount": "60000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "বছর শেষে করিমের হাতে থাকে",
                                "lesson": (
                                    "সারা বছর খেটেও করিমের হাতে কিছুই থাকল না। সব লাভ "
                                    "গেল মহাজনের সুদে।"
                                ),
                            },
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "একই কাজ, ব্যাংক বা এনজিওর ঋণে",
                                "situation": (
                                    "এবার ধরুন, করিম একই ৫০,০০০ টাকা ব্যাংক বা নিবন্ধিত "
                                    "এনজিও থেকে নিলেন। ধরা যাক, এক বছরে সুদ ও ফি মিলিয়ে "
                                    "খরচ ৬,০০০ টাকা। এটি শুধু উদাহরণ। আসল হার ব্যাংক ও "
                                    "ঋণভেদে আলাদা, তাই ব্যাংকে জিজ্ঞেস করুন।"
                                ),
                                "lines": [
                                    {
                                        "label": "ব্যাংক বা এনজিওর ঋণ",
                                        "amount": "50000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "বাছুর কেনা",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "খাবার ও চিকিৎসা (এক বছর)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "গরু বিক্রি",
                                        "amount": "140000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "আসল টাকা ফেরত",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "সুদ ও ফি (উদাহরণ)",
                                        "amount": "6000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "বছর শেষে করিমের হাতে থাকে",
                                "lesson": (
                                    "একই কাজ করে এবার করিমের হাতে থাকে ৫৪,০০০ টাকা। "
                                    "কোথা থেকে ঋণ নিচ্ছেন, তাতেই বড় পার্থক্য হয়।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>এক ঋণ শোধ করতে আরেক ঋণ নেবেন না।</b> এতে ঋণ "
                                    "শুধু বাড়তেই থাকে। কিস্তি দিতে না পারলে আগেভাগেই "
                                    "ঋণদাতার সঙ্গে কথা বলুন। বেশি সময় বা ছোট কিস্তির "
                                    "অনুরোধ করুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "ঋণ নেওয়ার আগে",
                                "points": [
                                    "ঋণ নিন শুধু এমন কাজে, যার আয় থেকে কিস্তি দেওয়া যাবে।",
                                    "মোট কত টাকা ফেরত দিতে হবে, তা লিখিতভাবে জেনে নিন।",
                                    "অন্তত দুই জায়গায় খরচ তুলনা করুন।",
                                    (
                                        "ব্যাংক, প্রবাসী কল্যাণ ব্যাংক বা মাইক্রোক্রেডিট "
                                        "রেগুলেটরি অথরিটির সনদ পাওয়া এনজিও থেকে ঋণ নিন।"
                                    ),
                                    "না বুঝে কোনো কাগজে সই করবেন না, ফাঁকা কাগজে তো নয়ই।",
                                ],
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Look at the real cost of a loan",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Before you borrow, do not look only at the size of "
                                "each instalment. Ask: <b>how much must I pay back in "
                                "total?</b> Add up the interest, fees and penalties to "
                                "see the real cost. A money lender's loan is easy to "
                                "get, but it costs far more.</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "Raising a cow with a money lender's loan",
                                "situation": (
                                    "Karim borrowed 50,000 taka from a money lender "
                                    "and bought a calf. The money lender takes 5,000 "
                                    "taka interest every month (100 taka on every "
                                    "1,000). After one year, Karim sold the cow. The "
                                    "numbers are only an example."
                                ),
                                "lines": [
                                    {
                                        "label": "Loan from the money lender",
                                        "amount": "50000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Buying the calf",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Feed and vet care (one year)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Sale of the cow",
                                        "amount": "140000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Paying back the loan itself",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": (
                                            "Money lender's interest (12 months × "
                                            "5,000 taka)"
                                        ),
                                        "amount": "60000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": (
                                    "What Karim keeps at the end of the year"
                                ),
                                "lesson": (
                                    "After a year of hard work, Karim has nothing "
                                    "left. All the profit went on the money lender's "
                                    "interest."
                                ),
                            },
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "The same work, with a bank or NGO loan",
                                "situation": (
                                    "Now say Karim took the same 50,000 taka from a "
                                    "bank or a registered NGO. Say the interest and "
                                    "fees for one year come to 6,000 taka. This is "
                                    "only an example. Real rates differ by bank and by "
                                    "loan, so ask the bank."
                                ),
                                "lines": [
                                    {
                                        "label": "Loan from the bank or NGO",
                                        "amount": "50000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Buying the calf",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Feed and vet care (one year)",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Sale of the cow",
                                        "amount": "140000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Paying back the loan itself",
                                        "amount": "50000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Interest and fees (example)",
                                        "amount": "6000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": (
                                    "What Karim keeps at the end of the year"
                                ),
                                "lesson": (
                                    "From the same work, Karim now keeps 54,000 taka. "
                                    "Where you borrow from makes a big difference."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>Never take a new loan to pay off "
                                    "another.</b> The debt only keeps growing. If you "
                                    "cannot pay an instalment, talk to the lender "
                                    "early. Ask for more time or a smaller "
                                    "instalment.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Before you borrow",
                                "points": [
                                    (
                                        "Borrow only for work that will earn enough to "
                                        "pay the instalments."
                                    ),
                                    "Get the total amount to pay back in writing.",
                                    "Compare the cost at two places at least.",
                                    (
                                        "Borrow from a bank, Probashi Kallyan Bank, or "
                                        "an NGO licensed by the Microcredit Regulatory "
                                        "Authority."
                                    ),
                                    (
                                        "Never sign a paper you do not understand, and "
                                        "never a blank one."
                                    ),
                                ],
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "welfare-services",
        "title": {
            "bn": "প্রবাসী ও পরিবারের জন্য কল্যাণ সেবা",
            "en": "Welfare services for migrants and families",
        },
        "summary": {
            "bn": (
                "কোন সরকারি অফিস কী সেবা দেয়, কীভাবে নিবন্ধন করবেন, আর দরকারি কাগজ "
                "কীভাবে নিরাপদে রাখবেন, তা জেনে নিন।"
            ),
            "en": (
                "Learn which government offices give which services, how to register, "
                "and how to keep your important papers safe."
            ),
        },
        "lessons": [
            {
                "slug": "wewb-membership",
                "title": {
                    "bn": "ওয়েজ আর্নার্স কল্যাণ বোর্ডে নিবন্ধন",
                    "en": "Registering with the Wage Earners' Welfare Board",
                },
                "summary": {
                    "bn": (
                        "ওয়েজ আর্নার্স কল্যাণ বোর্ডের সদস্য হলে বিপদের সময় আপনি ও আপনার "
                        "পরিবার কী সাহায্য পেতে পারেন, তা জেনে নিন।"
                    ),
                    "en": (
                        "Find out what help you and your family can get in hard times "
                        "when you are a member of the Wage Earners' Welfare Board."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "বিপদের দিনে পাশে থাকে যে বোর্ড",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>ওয়েজ আর্নার্স কল্যাণ বোর্ড একটি সরকারি প্রতিষ্ঠান। এটি "
                                "প্রবাসী কর্মী ও তাঁদের পরিবারের কল্যাণে কাজ করে। বিএমইটির "
                                "মাধ্যমে বিদেশে গেলে সাধারণত যাওয়ার আগেই কল্যাণ ফি দিয়ে "
                                "সদস্য হওয়া যায়। অন্যভাবে বিদেশে গিয়ে থাকলে কীভাবে "
                                "নিবন্ধন করবেন, তা বোর্ড, ডেমো বা বিদেশে বাংলাদেশ দূতাবাস "
                                "থেকে জেনে নিন।</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "বোর্ড যেসব সাহায্য দেয়",
                                "points": [
                                    "বিদেশে কর্মীর মৃত্যু হলে পরিবারকে ক্ষতিপূরণ।",
                                    "মরদেহ দেশে আনা এবং দাফন বা সৎকারের খরচে সহায়তা।",
                                    "অসুস্থ বা আহত কর্মীর চিকিৎসা সহায়তা।",
                                    "কাজ করতে গিয়ে প্রতিবন্ধী হলে আর্থিক সহায়তা।",
                                    "প্রবাসী কর্মীর সন্তানদের শিক্ষাবৃত্তি।",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>সাহায্যের পরিমাণ ও নিয়ম সময়ে সময়ে বদলায়। এখন কত "
                                    "টাকা দেওয়া হয় আর কী কাগজ লাগে, তা ওয়েজ আর্নার্স "
                                    "কল্যাণ বোর্ড বা ডেমো থেকে জেনে নিন। আবেদন করতে কোনো "
                                    "দালাল লাগে না, কাউকে ঘুষ দেবেন না।</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "wewb",
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>পরিবারের সদস্যরা যেন জানেন: কর্মীর পাসপোর্ট নম্বর, "
                                    "তিনি কোন দেশে কোন কোম্পানিতে কাজ করেন, আর সদস্য "
                                    "হওয়ার কাগজ কোথায় রাখা আছে। বিপদের সময় এই তথ্যই "
                                    "সবার আগে লাগে।</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>সন্তান পরীক্ষায় ভালো ফল করলে শিক্ষাবৃত্তির জন্য আবেদন "
                                "করা যায়। বোর্ড নির্দিষ্ট সময়ে বিজ্ঞপ্তি দিয়ে আবেদন নেয়। "
                                "সময়মতো খবর পেতে ডেমো বা আপনার ইউনিয়ন ডিজিটাল সেন্টারে "
                                "খোঁজ রাখুন।</p>"
                            ),
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "A board that stands by you in hard times",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>The Wage Earners' Welfare Board is a government "
                                "body. It works for the welfare of migrant workers and "
                                "their families. If you go abroad through BMET, you "
                                "usually become a member by paying a welfare fee "
                                "before you leave. If you went another way, ask the "
                                "Board, DEMO or the Bangladesh embassy abroad how to "
                                "register.</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Help the Board gives",
                                "points": [
                                    (
                                        "Compensation for the family if a worker dies "
                                        "abroad."
                                    ),
                                    (
                                        "Help with bringing the body home, and with "
                                        "burial or funeral costs."
                                    ),
                                    "Medical aid for workers who are sick or injured.",
                                    (
                                        "Financial aid if a worker becomes disabled "
                                        "through work."
                                    ),
                                    "Scholarships for the children of migrant workers.",
                                ],
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>The amounts and rules change from time to "
                                    "time. Ask the Wage Earners' Welfare Board or DEMO "
                                    "how much is paid now and which papers you need. "
                                    "You do not need a dalal to apply, and do not pay "
                                    "anyone a bribe.</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "wewb",
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Make sure your family knows your passport "
                                    "number, the country and company you work for, and "
                                    "where your membership papers are kept. In an "
                                    "emergency, this is the first information they "
                                    "will need.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>If your child does well in exams, you can apply "
                                "for a scholarship. The Board takes applications at "
                                "set times, after a public notice. Keep asking at DEMO "
                                "or your Union Digital Centre so you hear about it in "
                                "time.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "slug": "bmet-demo-and-pkb",
                "title": {
                    "bn": "বিএমইটি, ডেমো ও প্রবাসী কল্যাণ ব্যাংক",
                    "en": "BMET, DEMO and Probashi Kallyan Bank",
                },
                "summary": {
                    "bn": (
                        "বৈধভাবে বিদেশে যেতে বিএমইটিতে নিবন্ধন করে স্মার্ট কার্ড নিন, আর "
                        "খরচের জন্য মহাজন নয়, প্রবাসী কল্যাণ ব্যাংকের ঋণের খোঁজ নিন।"
                    ),
                    "en": (
                        "Register with BMET and get your smart card to go abroad the "
                        "legal way, and ask Probashi Kallyan Bank, not a money lender, "
                        "for a loan to cover the cost."
                    ),
                },
                "minutes": 10,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "বৈধভাবে বিদেশে যাওয়ার ধাপ",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বিদেশে কাজে যাওয়ার আগে এই ধাপগুলো মেনে "
                                "চলুন:</p><ol><li>বিএমইটিতে নিবন্ধন করুন। আপনার ইউনিয়ন "
                                "ডিজিটাল সেন্টার অনলাইনে নিবন্ধন করে দিতে "
                                "পারে।</li><li>জেলা কর্মসংস্থান ও জনশক্তি অফিসে (ডেমো) "
                                "আঙুলের ছাপ দিন।</li><li>বিদেশ যাত্রার আগের প্রশিক্ষণ বা "
                                "ওরিয়েন্টেশন নিন।</li><li>লাইসেন্সধারী এজেন্সির সঙ্গে "
                                "লিখিত চুক্তি করুন।</li><li>বহির্গমন ছাড়পত্র ও স্মার্ট কার্ড "
                                "হাতে পেলে তবেই বিমানে উঠুন।</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>স্মার্ট কার্ড ছাড়া গেলে আপনি সরকারি হিসাবের বাইরে "
                                    "থেকে যান। বিপদে পড়লে সাহায্য পাওয়া অনেক কঠিন "
                                    "হয়।</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "bmet",
                        },
                        {
                            "type": "official_service",
                            "value": "demo",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>প্রবাসী কল্যাণ ব্যাংক</b> প্রবাসীদের জন্য সরকারি "
                                "ব্যাংক। বিদেশে যাওয়ার খরচের জন্য এই ব্যাংক অভিবাসন ঋণ "
                                "দেয়। দেশে ফেরার পর ব্যবসার জন্য দেয় পুনর্বাসন ঋণ। সুদের "
                                "হার ও শর্ত ব্যাংক থেকে জেনে নিন।</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "বিদেশের বেতন থেকে ঋণের কিস্তি",
                                "situation": (
                                    "জামাল প্রবাসী কল্যাণ ব্যাংক থেকে অভিবাসন ঋণ নিয়ে "
                                    "বিদেশে গেছেন। সেখানে তাঁর মাসিক বেতন প্রায় ৪০,০০০ "
                                    "টাকার সমান। প্রতি মাসে তিনি টাকা এভাবে ভাগ করেন। "
                                    "সংখ্যাগুলো উদাহরণ; আপনার কিস্তি কত হবে, তা ব্যাংক "
                                    "থেকে জেনে নিন।"
                                ),
                                "lines": [
                                    {
                                        "label": "মাসিক বেতন",
                                        "amount": "40000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "বিদেশে থাকা-খাওয়ার খরচ",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ঋণের কিস্তি",
                                        "amount": "8000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "বৈধ পথে পরিবারের কাছে পাঠানো",
                                        "amount": "17000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "বিদেশে জরুরি খরচের জন্য জমা",
                                "lesson": (
                                    "নিয়মিত কিস্তি দিলে ঋণ সময়মতো শেষ হয়, আর পরিবারও "
                                    "টাকা পায়। বৈধ পথে পাঠানো প্রবাসী আয়ে সরকারের "
                                    "প্রণোদনাও পাওয়া যায়; হুন্ডিতে পাঠালে পাওয়া যায় না।"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Steps to go abroad the legal way",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Before you go abroad for work, follow these "
                                "steps:</p><ol><li>Register with BMET. Your Union "
                                "Digital Centre can do this online for "
                                "you.</li><li>Give your fingerprints at the District "
                                "Employment and Manpower Office (DEMO).</li><li>Take "
                                "the pre-departure training or "
                                "orientation.</li><li>Sign a written contract with a "
                                "licensed agency.</li><li>Board the plane only once "
                                "you have your emigration clearance and smart "
                                "card.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>If you go without a smart card, you are "
                                    "outside the government's records. If you get into "
                                    "trouble, help is much harder to get.</p>"
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "bmet",
                        },
                        {
                            "type": "official_service",
                            "value": "demo",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>Probashi Kallyan Bank</b> is the government "
                                "bank for migrants. It gives migration loans to cover "
                                "the cost of going abroad. After you come home, it "
                                "gives reintegration loans for a business. Ask the "
                                "bank about its interest rate and terms.</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": (
                                    "Paying the loan instalment from your wage abroad"
                                ),
                                "situation": (
                                    "Jamal took a migration loan from Probashi Kallyan "
                                    "Bank and went abroad. His monthly wage there is "
                                    "worth about 40,000 taka. Each month he shares it "
                                    "out like this. The numbers are an example; ask "
                                    "the bank what your instalment will be."
                                ),
                                "lines": [
                                    {
                                        "label": "Monthly wage",
                                        "amount": "40000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Food and lodging abroad",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Loan instalment",
                                        "amount": "8000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": (
                                            "Sent home to the family through a formal "
                                            "channel"
                                        ),
                                        "amount": "17000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "Saved abroad for emergencies",
                                "lesson": (
                                    "Paying every instalment on time clears the loan, "
                                    "and the family still gets money. Remittances sent "
                                    "through a formal channel also earn the "
                                    "government's incentive; money sent by hundi does "
                                    "not."
                                ),
                            },
                        },
                        {
                            "type": "official_service",
                            "value": "pkb",
                        },
                    ],
                },
            },
            {
                "slug": "help-and-safe-documents",
                "title": {
                    "bn": "কোথায় সাহায্য পাবেন ও কাগজপত্র নিরাপদে রাখবেন",
                    "en": "Where to get help, and keeping your papers safe",
                },
                "summary": {
                    "bn": (
                        "ফরম পূরণে ইউনিয়ন ডিজিটাল সেন্টার ও প্রবাসী ডিজিটাল সেন্টারের "
                        "সাহায্য নিন, আর দরকারি কাগজের কপি নিরাপদে রাখুন।"
                    ),
                    "en": (
                        "Get help with forms at your Union Digital Centre or the "
                        "Expatriate Digital Centre, and keep copies of your important "
                        "papers safe."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "ফরম পূরণের সাহায্য কাছেই আছে",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>অনেক সেবার আবেদন এখন অনলাইনে করতে হয়। পড়তে বা "
                                "লিখতে অসুবিধা হলে ভয় পাবেন না। আপনার ইউনিয়ন ডিজিটাল "
                                "সেন্টারের উদ্যোক্তা ফরম পূরণ করে দিতে পারেন। ছবি ও কাগজ "
                                "স্ক্যান এবং প্রিন্টও করে দিতে পারেন। এর জন্য অল্প সেবা-মূল্য "
                                "লাগতে পারে, তাই আগেই জিজ্ঞেস করে নিন।</p>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "expatriate_digital_centre",
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "যে কাগজগুলো রাখবেন",
                                "points": [
                                    "পাসপোর্ট ও ভিসার কপি",
                                    "চাকরির চুক্তিপত্র",
                                    "বিএমইটির স্মার্ট কার্ডের কপি",
                                    "ওয়েজ আর্নার্স কল্যাণ বোর্ডের সদস্য হওয়ার কাগজ",
                                    "বেতনের স্লিপ (পে-স্লিপ)",
                                    "টাকা পাঠানোর রসিদ",
                                    "এজেন্সি বা দালালকে দেওয়া টাকার রসিদ",
                                    "ঋণের কাগজপত্র",
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>এই কাগজগুলোই প্রমাণ করে, আপনাকে কী কথা দেওয়া হয়েছিল "
                                "আর আপনি কত টাকা দিয়েছেন। বেতন না পেলে, প্রতারিত হলে, "
                                "কল্যাণ বোর্ডে সাহায্য চাইলে বা ঋণ নিতে গেলে এগুলো "
                                "লাগবে।</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>প্রতিটি কাগজের কপি তিন জায়গায় রাখুন: বাড়িতে একটি "
                                    "প্লাস্টিকের ফাইলে, নিজের ফোনে ছবি তুলে, আর পরিবারের "
                                    "বিশ্বস্ত কারও কাছে। ইউনিয়ন ডিজিটাল সেন্টারে কাগজগুলো "
                                    "স্ক্যান করিয়ে নিতে পারেন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>আসল পাসপোর্ট কোনো দালাল বা অচেনা মানুষের হাতে "
                                    "দেবেন না। কখনো ফাঁকা কাগজে সই করবেন না।</p>"
                                ),
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Help with forms is close by",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Many services now need an online application. If "
                                "reading or writing is hard for you, do not worry. The "
                                "entrepreneur at your Union Digital Centre can fill in "
                                "forms for you. They can also scan and print your "
                                "photo and papers. There may be a small service fee, "
                                "so ask first.</p>"
                            ),
                        },
                        {
                            "type": "official_service",
                            "value": "expatriate_digital_centre",
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "Papers to keep",
                                "points": [
                                    "Copies of your passport and visa",
                                    "Your job contract",
                                    "A copy of your BMET smart card",
                                    (
                                        "Your Wage Earners' Welfare Board membership "
                                        "papers"
                                    ),
                                    "Payslips",
                                    "Receipts for money you sent home",
                                    "Receipts for money paid to an agency or dalal",
                                    "Loan papers",
                                ],
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>These papers prove what you were promised and how "
                                "much you paid. You will need them if your wages are "
                                "not paid, if you are cheated, if you ask the Welfare "
                                "Board for help, or if you apply for a loan.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Keep a copy of every paper in three places: in "
                                    "a plastic file at home, as a photo on your phone, "
                                    "and with a family member you trust. Your Union "
                                    "Digital Centre can scan the papers for you.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Never hand your original passport to a dalal "
                                    "or a stranger. Never sign a blank paper.</p>"
                                ),
                            },
                        },
                    ],
                },
            },
        ],
    },
]
