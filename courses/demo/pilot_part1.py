"""Pilot learner course, part 1: modules 1-3 of "Managing the money you earn abroad".

Household budget, saving and emergency funds, and sending money home through formal
channels. Plain data for the demo loader: every text is given in Bangla (``bn``) and
English (``en``), and each lesson's two block lists match block for block. Money
examples give amounts in taka as ASCII digits; the page works out money in minus money
out itself. The remittance incentive is quoted as 2.5 percent "at the time of writing",
and learners are always told to check the current rate.
"""

MODULES = [
    {
        "slug": "household-budget",
        "title": {"bn": "সংসারের বাজেট", "en": "Household budget"},
        "summary": {
            "bn": (
                "প্রতি মাসের টাকার একটি সহজ পরিকল্পনা করুন, যাতে টাকা পুরো মাস চলে। "
                "পরিকল্পনাটি বিদেশে থাকা স্বজনের সঙ্গে মিলে করুন।"
            ),
            "en": (
                "Make a simple plan for each month's money so that it lasts the whole "
                "month. Make the plan together with your family member abroad."
            ),
        },
        "lessons": [
            {
                "slug": "household-budget-why",
                "title": {"bn": "বাজেট কেন দরকার", "en": "Why you need a budget"},
                "summary": {
                    "bn": (
                        "বাজেট হলো আপনার টাকার একটি সহজ পরিকল্পনা, যা কষ্টের আয় ধরে "
                        "রাখতে সাহায্য করে।"
                    ),
                    "en": (
                        "A budget is a simple plan for your money that helps you keep "
                        "what was earned with hard work."
                    ),
                },
                "minutes": 7,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "বিদেশের টাকা কষ্টের টাকা"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>আপনার স্বজন অনেক দূরে থেকে কঠোর পরিশ্রম করেন। প্রতিটি "
                                "টাকা তাঁর ঘাম ঝরানো আয়। পরিকল্পনা না থাকলে টাকা দ্রুত শেষ "
                                "হয়ে যায়। মাসের শেষে হাতে কিছুই থাকে "
                                "না।</p><p><b>বাজেট</b> মানে টাকার একটি সহজ পরিকল্পনা। "
                                "এতে লেখা থাকে কত টাকা আসে আর কোথায় যায়।</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বাজেট আপনাকে যেভাবে সাহায্য করে:</p><ul><li>টাকা "
                                "কোথায় যায়, তা আপনি দেখতে পান।</li><li>বাসা ভাড়া, "
                                "খাবার আর স্কুলের খরচ সময়মতো দিতে পারেন।</li><li>প্রতি "
                                "মাসে কিছু টাকা জমাতে পারেন।</li><li>নতুন ঋণ নিতে হয় "
                                "না।</li></ul>"
                            ),
                        },
                        {
                            "type": "image",
                            "value": {
                                "chart": "budget",
                                "alt_text": (
                                    "পাঁচটি দণ্ডের একটি চার্ট। এতে দেখানো হয়েছে, একটি "
                                    "পরিবারের প্রতি ১০০ টাকা খরচের কত টাকা কোন খাতে "
                                    "যায়। সবচেয়ে উঁচু দণ্ড খাবারের: ৪৫ টাকা। তারপর বাসা "
                                    "ভাড়া ২০ টাকা, ঋণের কিস্তি ১৫ টাকা, স্কুল ১০ টাকা, "
                                    "ওষুধ ও অন্যান্য ১০ টাকা।"
                                ),
                                "caption": (
                                    "একটি পরিবারের মাসের খরচ। সবুজ: খাবার ৪৫%, হলুদ: "
                                    "বাসা ভাড়া ২০%, নীল: ঋণের কিস্তি ১৫%, লাল: স্কুল ১০%, "
                                    "কালো: ওষুধ ও অন্যান্য ১০%।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>বিদেশের চাকরি চিরকাল থাকে না। চুক্তি শেষ হতে "
                                    "পারে, চাকরি হঠাৎ চলে যেতে পারে। যেদিন টাকা আসা "
                                    "বন্ধ হবে, সেই দিনের কথা আজই ভাবুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>বাজেট করতে ভালো পড়তে জানা লাগে না। খাতায় ছবি "
                                    "এঁকে বা চিহ্ন দিয়ে লিখতে পারেন। ছেলেমেয়ে বা ইউনিয়ন "
                                    "ডিজিটাল সেন্টারের উদ্যোক্তার সাহায্যও নিতে পারেন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "বাজেট হলো টাকার পরিকল্পনা।",
                                    "বাজেটে থাকে কত টাকা আসে আর কত টাকা যায়।",
                                    "পরিকল্পনা থাকলে টাকা জমানো যায়, ঋণ এড়ানো যায়।",
                                    "টাকা আসা বন্ধ হওয়ার দিনের জন্য আগে থেকেই তৈরি থাকুন।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Money from abroad is hard-earned money",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Your family member works very hard, far from home. "
                                "Every taka is earned with sweat. Without a plan, "
                                "money runs out fast. At the end of the month, nothing "
                                "is left.</p><p>A <b>budget</b> is a simple plan for "
                                "your money. It shows how much money comes in and "
                                "where it goes.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>How a budget helps you:</p><ul><li>You can see "
                                "where your money goes.</li><li>You can pay rent, food "
                                "and school costs on time.</li><li>You can save some "
                                "money every month.</li><li>You do not need to take "
                                "new loans.</li></ul>"
                            ),
                        },
                        {
                            "type": "image",
                            "value": {
                                "chart": "budget",
                                "alt_text": (
                                    "A chart with five bars. It shows how one family's "
                                    "spending is shared out, for every 100 taka spent. "
                                    "The tallest bar is food: 45 taka. Then rent 20 "
                                    "taka, loan instalment 15 taka, school 10 taka, "
                                    "and medicine and other costs 10 taka."
                                ),
                                "caption": (
                                    "One family's spending in a month. Green: food "
                                    "45%, yellow: rent 20%, blue: loan instalment 15%, "
                                    "red: school 10%, black: medicine and other costs "
                                    "10%."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>A job abroad does not last forever. The "
                                    "contract can end, or the job can be lost "
                                    "suddenly. Think today about the day the money "
                                    "stops coming.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>You do not need to read well to make a budget. "
                                    "You can use drawings or marks in a notebook. You "
                                    "can also ask your children or the Union Digital "
                                    "Centre entrepreneur for help.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "A budget is a plan for your money.",
                                    (
                                        "A budget shows how much money comes in and "
                                        "how much goes out."
                                    ),
                                    "With a plan, you can save and avoid loans.",
                                    (
                                        "Get ready early for the day the money stops "
                                        "coming."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "household-budget-money-in-out",
                "title": {
                    "bn": "মাসে কত টাকা আসে, কত টাকা যায়",
                    "en": "Money in and money out each month",
                },
                "summary": {
                    "bn": (
                        "এক মাসের সব আয় আর সব খরচ লিখলে আপনি নিজের টাকার আসল ছবি দেখতে "
                        "পাবেন।"
                    ),
                    "en": (
                        "When you write down all the money that comes in and goes out "
                        "in one month, you see the real picture of your money."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "ধাপ ১: কত টাকা আসে, লিখুন"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>মাসে যত টাকা আসে, সব লিখুন:</p><ul><li>বিদেশ থেকে "
                                "পাঠানো টাকা (রেমিট্যান্স)</li><li>ফসল, গরুর দুধ বা ডিম "
                                "বিক্রির টাকা</li><li>সেলাই, দোকান বা অন্য কাজের "
                                "আয়</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "ধাপ ২: কত টাকা যায়, লিখুন"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>মাসের সব খরচ লিখুন: বাসা ভাড়া, খাবার, ছেলেমেয়ের "
                                "স্কুল, ওষুধ ও ডাক্তার, ঋণের কিস্তি, বিদ্যুৎ বিল, মোবাইল "
                                "রিচার্জ আর যাতায়াত।</p><p>ছোট খরচও লিখুন। চা, নাশতা আর "
                                "রিচার্জের ছোট ছোট খরচ মাস শেষে অনেক টাকা হয়ে যায়।</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "রহিমার এক মাসের হিসাব",
                                "situation": (
                                    "রহিমার স্বামী সৌদি আরবে কাজ করেন। তিনি প্রতি মাসে "
                                    "৩০,০০০ টাকা পাঠান। ডিম আর দুধ বিক্রি করে রহিমা পান "
                                    "আরও ২,০০০ টাকা। দুই সন্তান আর শাশুড়িকে নিয়ে তিনি "
                                    "ভাড়া বাসায় থাকেন।"
                                ),
                                "lines": [
                                    {
                                        "label": "স্বামীর পাঠানো টাকা",
                                        "amount": "30000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "ডিম ও দুধ বিক্রি",
                                        "amount": "2000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "বাসা ভাড়া",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "খাবার",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ঋণের কিস্তি (বিদেশ যাওয়ার খরচের ঋণ)",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ছেলেমেয়ের স্কুল",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "শাশুড়ির ওষুধ",
                                        "amount": "1500",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "বিদ্যুৎ বিল ও মোবাইল",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "যাতায়াত ও অন্যান্য",
                                        "amount": "1500",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "মাস শেষে হাতে থাকে",
                                "lesson": (
                                    "রহিমার হাতে ৩,০০০ টাকা থাকে। এই টাকা তিনি জমাতে "
                                    "পারেন। খরচ যদি আয়ের চেয়ে বেশি হয়, তাহলে কোনো খরচ "
                                    "কমাতে হবে।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>এক মাস ধরে প্রতিদিনের খরচ একটি খাতায় লিখে রাখুন। "
                                    "রসিদগুলোও রেখে দিন। মাস শেষে সব যোগ করলেই আসল "
                                    "হিসাব পাবেন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "আয়ের সব উৎস লিখুন, শুধু বিদেশের টাকা নয়।",
                                    "ছোট খরচসহ সব খরচ লিখুন।",
                                    "আয় থেকে খরচ বাদ দিলে দেখবেন কত টাকা বাঁচে।",
                                    "খরচ আয়ের চেয়ে বেশি হলে এখনই কোনো খরচ কমান।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Step 1: Write down the money that comes in",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Write down all the money that comes in during the "
                                "month:</p><ul><li>money sent from abroad "
                                "(remittance)</li><li>money from selling crops, milk "
                                "or eggs</li><li>income from sewing, a shop or other "
                                "work</li></ul>"
                            ),
                        },
                        {
                            "type": "heading",
                            "value": "Step 2: Write down the money that goes out",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Write down every cost in the month: rent, food, "
                                "your children's school, medicine and the doctor, the "
                                "loan instalment, the electricity bill, mobile "
                                "recharge and travel.</p><p>Write down small costs "
                                "too. Small spending on tea, snacks and recharge adds "
                                "up to a lot of money by the end of the month.</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "Rahima's month",
                                "situation": (
                                    "Rahima's husband works in Saudi Arabia. He sends "
                                    "30,000 taka every month. Rahima earns 2,000 taka "
                                    "more by selling eggs and milk. She lives in a "
                                    "rented house with her two children and her "
                                    "mother-in-law."
                                ),
                                "lines": [
                                    {
                                        "label": "Money sent by her husband",
                                        "amount": "30000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Selling eggs and milk",
                                        "amount": "2000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Rent",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Food",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": (
                                            "Loan instalment (loan for the cost of "
                                            "going abroad)"
                                        ),
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Children's school",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Mother-in-law's medicine",
                                        "amount": "1500",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Electricity bill and mobile",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Travel and other costs",
                                        "amount": "1500",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "Left at the end of the month",
                                "lesson": (
                                    "Rahima has 3,000 taka left. She can save this "
                                    "money. If more money goes out than comes in, some "
                                    "cost must be cut."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>For one month, write down each day's spending "
                                    "in a notebook. Keep the receipts too. Add it all "
                                    "up at the end of the month and you will have the "
                                    "real figures.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "Write down every source of income, not only "
                                        "the money from abroad."
                                    ),
                                    "Write down every cost, including the small ones.",
                                    "Money in minus money out shows what is left.",
                                    (
                                        "If you spend more than you get, cut some cost "
                                        "now."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "household-budget-needs-wants-together",
                "title": {
                    "bn": "প্রয়োজন, শখ আর একসঙ্গে পরিকল্পনা",
                    "en": "Needs, wants and planning together",
                },
                "summary": {
                    "bn": (
                        "আগে প্রয়োজনের খরচ মেটান, আর বিদেশে থাকা স্বজনের সঙ্গে মিলে "
                        "পরিবারের বাজেট ঠিক করুন।"
                    ),
                    "en": (
                        "Pay for needs first, and agree on the family budget with your "
                        "family member abroad."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "প্রয়োজন আগে, শখ পরে"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>প্রয়োজন</b> হলো যা ছাড়া সংসার চলে না: খাবার, "
                                "থাকার জায়গা, ওষুধ, ছেলেমেয়ের পড়াশোনা আর ঋণের "
                                "কিস্তি।</p><p><b>শখ</b> হলো যা থাকলে ভালো, কিন্তু অপেক্ষা "
                                "করা যায়: নতুন টিভি, দামি জামাকাপড়, নতুন মোবাইল ফোন বা "
                                "বড় ভোজ।</p><p>আগে প্রয়োজনের খরচ দিন। তারপর সঞ্চয় করুন। "
                                "টাকা বাকি থাকলে তবেই শখের খরচ করুন।</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>অনেকে ভাবেন, প্রবাসীর পরিবার মানেই ধনী। আত্মীয় "
                                    "বা প্রতিবেশী ধার চাইতে পারেন, বড় অনুষ্ঠানের চাপ আসতে "
                                    "পারে। ভদ্রভাবে “না” বলায় দোষ নেই। এই টাকা আপনার "
                                    "পরিবারের ভবিষ্যৎ।</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "বিদেশে থাকা স্বজনের সঙ্গে মিলে বাজেট করুন",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>এই ধাপগুলো মেনে চলুন:</p><ol><li>প্রতি মাসে একটি "
                                "নির্দিষ্ট দিনে ফোনে কথা বলুন।</li><li>কত টাকা এসেছে আর "
                                "কোথায় খরচ হয়েছে, খোলাখুলি জানান।</li><li>প্রতি মাসে কত "
                                "টাকা জমাবেন, দুজনে মিলে ঠিক করুন।</li><li>জমি কেনা বা "
                                "ঘর বানানোর মতো বড় খরচের আগে একসঙ্গে সিদ্ধান্ত "
                                "নিন।</li><li>যা ঠিক করলেন, খাতায় লিখে রাখুন।</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>বিদেশে থাকা স্বজনেরও নিজের খরচ আছে: খাবার, "
                                    "থাকা, ফোন। তিনি কত টাকা পাঠাতে পারবেন আর সংসারে "
                                    "কত লাগে, দুই পক্ষই সত্যি কথা বলুন। তাহলে পরে কেউ অবাক "
                                    "হবেন না।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "প্রয়োজনের খরচ আগে, তারপর সঞ্চয়, শখ সবার শেষে।",
                                    "আত্মীয়দের চাপে পড়ে বড় খরচ করবেন না।",
                                    "প্রতি মাসে স্বজনের সঙ্গে টাকার হিসাব নিয়ে কথা বলুন।",
                                    "বড় খরচের সিদ্ধান্ত একসঙ্গে নিন।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {"type": "heading", "value": "Needs first, wants later"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>A <b>need</b> is something the household cannot do "
                                "without: food, a place to live, medicine, the "
                                "children's education and the loan instalment.</p><p>A "
                                "<b>want</b> is nice to have, but it can wait: a new "
                                "TV, expensive clothes, a new mobile phone or a big "
                                "feast.</p><p>Pay for needs first. Then save. Spend on "
                                "wants only if money is left.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Many people think a migrant's family must be "
                                    "rich. Relatives or neighbours may ask for loans, "
                                    "and you may be pushed to hold big celebrations. "
                                    "It is all right to say “no” politely. This money "
                                    "is your family's future.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "value": "Make the budget with your family member abroad",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Follow these steps:</p><ol><li>Talk on the phone "
                                "on a fixed day every month.</li><li>Say openly how "
                                "much money came and where it was "
                                "spent.</li><li>Decide together how much to save each "
                                "month.</li><li>Before a big cost, such as buying land "
                                "or building a house, decide together.</li><li>Write "
                                "down what you agreed in your notebook.</li></ol>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Your family member abroad has costs too: food, "
                                    "housing, phone. Both sides should tell the truth "
                                    "about how much can be sent and how much the "
                                    "household needs. Then nobody gets a surprise "
                                    "later.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "Needs first, then saving, and wants last.",
                                    "Do not spend big because relatives push you.",
                                    (
                                        "Talk about the money with your family member "
                                        "every month."
                                    ),
                                    "Decide on big costs together.",
                                ],
                            },
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "saving-and-emergencies",
        "title": {
            "bn": "সঞ্চয় ও বিপদের দিনের তহবিল",
            "en": "Saving and emergency funds",
        },
        "summary": {
            "bn": (
                "প্রতি মাসে আগে সঞ্চয় করুন, টাকা নিরাপদ জায়গায় রাখুন, আর বিপদের দিনের জন্য "
                "একটি তহবিল গড়ে তুলুন।"
            ),
            "en": (
                "Save first every month, keep your money in a safe place, and build a "
                "fund for hard days."
            ),
        },
        "lessons": [
            {
                "slug": "saving-first",
                "title": {"bn": "আগে সঞ্চয়, তারপর খরচ", "en": "Save first, then spend"},
                "summary": {
                    "bn": (
                        "টাকা হাতে আসার দিনেই সঞ্চয়ের অংশ আলাদা করে রাখলে অল্প অল্প করে "
                        "বড় অঙ্ক জমে।"
                    ),
                    "en": (
                        "If you put your saving aside on the day the money arrives, "
                        "small amounts grow into a large sum."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {
                            "type": "heading",
                            "value": "“যা বাঁচবে, তা-ই জমাব” কাজ করে না",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>অনেকে ভাবেন, মাস শেষে যা বাঁচবে, তা-ই জমাবেন। কিন্তু "
                                "মাস শেষে সাধারণত কিছুই বাঁচে না।</p><p>ভালো উপায় হলো: "
                                "টাকা হাতে আসার দিনেই আগে সঞ্চয়ের টাকা আলাদা করে ব্যাংকে "
                                "রাখুন। বাকি টাকা দিয়ে মাস চালান।</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "আমেনার মাসের হিসাব",
                                "situation": (
                                    "আমেনার ছেলে মালয়েশিয়ায় কাজ করেন। তিনি প্রতি মাসে "
                                    "৩০,০০০ টাকা পাঠান। টাকা আসার দিনেই আমেনা ৩,০০০ "
                                    "টাকা ব্যাংকের সঞ্চয়ী হিসাবে জমা করেন। তারপর অন্য খরচ "
                                    "করেন।"
                                ),
                                "lines": [
                                    {
                                        "label": "ছেলের পাঠানো টাকা",
                                        "amount": "30000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "প্রথমেই: ব্যাংকে সঞ্চয়",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "খাবার",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "বাসা ভাড়া",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ঋণের কিস্তি",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ছোট মেয়ের স্কুল",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "ওষুধ",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "বিদ্যুৎ বিল ও মোবাইল",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "মাস শেষে হাতে থাকে",
                                "lesson": (
                                    "মাস শেষে হাতে বাড়তি টাকা থাকে না। কিন্তু ৩,০০০ টাকা "
                                    "আগেই ব্যাংকে নিরাপদে জমা হয়ে গেছে। ১২ মাসে তা হবে "
                                    "৩৬,০০০ টাকা।"
                                ),
                            },
                        },
                        {"type": "heading", "value": "অল্প টাকাও নিয়মিত জমান"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বড় অঙ্ক জমাতেই হবে, এমন নয়। নিয়মিত জমানোই আসল "
                                "কথা।</p><ul><li>মাসে ৫০০ টাকা জমালে এক বছরে হয় ৬,০০০ "
                                "টাকা।</li><li>মাসে ১,০০০ টাকা জমালে এক বছরে হয় ১২,০০০ "
                                "টাকা।</li><li>মাসে ৩,০০০ টাকা জমালে এক বছরে হয় ৩৬,০০০ "
                                "টাকা।</li></ul><p>ব্যাংকে রাখলে এর সঙ্গে কিছু মুনাফাও যোগ "
                                "হয়।</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>বিদেশে থাকা স্বজনকে বলুন, সঞ্চয়ের টাকা যেন আলাদা "
                                    "একটি হিসাবে পাঠান। আলাদা থাকলে ভুল করে খরচ হয়ে যায় "
                                    "না।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "টাকা আসার দিনেই আগে সঞ্চয় আলাদা করুন।",
                                    "অল্প টাকাও নিয়মিত জমালে বড় অঙ্ক হয়।",
                                    "সঞ্চয়ের টাকা আলাদা হিসাবে রাখুন।",
                                    "সঞ্চয় আপনার স্বজনের দেশে ফেরার দিনের ভরসা।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "“I will save what is left” does not work",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Many people think they will save whatever is left "
                                "at the end of the month. But at the end of the month, "
                                "usually nothing is left.</p><p>A better way: on the "
                                "day the money arrives, first put your saving aside in "
                                "the bank. Run the month on the rest.</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "Amena's month",
                                "situation": (
                                    "Amena's son works in Malaysia. He sends 30,000 "
                                    "taka every month. On the day the money arrives, "
                                    "Amena first puts 3,000 taka into her bank savings "
                                    "account. Then she pays the other costs."
                                ),
                                "lines": [
                                    {
                                        "label": "Money sent by her son",
                                        "amount": "30000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "First: savings into the bank",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Food",
                                        "amount": "12000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Rent",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Loan instalment",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Younger daughter's school",
                                        "amount": "3000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Medicine",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                    {
                                        "label": "Electricity bill and mobile",
                                        "amount": "1000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "Left at the end of the month",
                                "lesson": (
                                    "No extra money is left at the end of the month. "
                                    "But 3,000 taka is already safe in the bank. In 12 "
                                    "months that makes 36,000 taka."
                                ),
                            },
                        },
                        {"type": "heading", "value": "Save small amounts regularly"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>You do not have to save a large amount. Saving "
                                "regularly is what matters.</p><ul><li>Save 500 taka a "
                                "month and you have 6,000 taka in one "
                                "year.</li><li>Save 1,000 taka a month and you have "
                                "12,000 taka in one year.</li><li>Save 3,000 taka a "
                                "month and you have 36,000 taka in one "
                                "year.</li></ul><p>In a bank, some profit is added on "
                                "top of this.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Ask your family member abroad to send the "
                                    "saving into a separate account. When it is kept "
                                    "apart, it does not get spent by mistake.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "Put your saving aside first, on the day the "
                                        "money arrives."
                                    ),
                                    (
                                        "Small amounts saved regularly grow into a "
                                        "large sum."
                                    ),
                                    "Keep your savings in a separate account.",
                                    (
                                        "Savings are your support for the day your "
                                        "family member comes home."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "saving-where-safe",
                "title": {
                    "bn": "সঞ্চয় কোথায় রাখবেন",
                    "en": "Where to keep your savings",
                },
                "summary": {
                    "bn": (
                        "ঘরে বা প্রতিবেশীর কাছে নয়, নিজের নামে ব্যাংকের সঞ্চয় প্রকল্পে টাকা "
                        "রাখাই নিরাপদ।"
                    ),
                    "en": (
                        "The safe place for savings is a bank savings scheme in your "
                        "own name, not your home or a neighbour."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "যেখানে টাকা রাখা ঝুঁকির"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>ঘরে, তোশকের নিচে বা টিনের কৌটায়:</b> চুরি "
                                "হতে পারে, আগুনে বা বন্যায় নষ্ট হতে পারে। হাতের কাছে "
                                "থাকলে সহজেই খরচও হয়ে যায়।</li><li><b>প্রতিবেশী বা "
                                "আত্মীয়ের কাছে:</b> কোনো কাগজ থাকে না। তিনি খরচ করে "
                                "ফেলতে পারেন বা ফেরত না-ও দিতে পারেন।</li><li><b>অচেনা "
                                "সমিতি বা কোম্পানিতে:</b> বেশি লাভের লোভ দেখিয়ে টাকা "
                                "নিয়ে উধাও হয়ে যেতে পারে।</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "নিরাপদ জায়গা: ব্যাংক"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>নিজের নামে ব্যাংকে একটি হিসাব খুলুন। ব্যাংকে কয়েক রকম "
                                "সঞ্চয়ের ব্যবস্থা আছে:</p><ul><li><b>সঞ্চয়ী হিসাব:</b> "
                                "দরকার হলে যেকোনো সময় টাকা তুলতে "
                                "পারেন।</li><li><b>ডিপিএস (মাসিক সঞ্চয় প্রকল্প):</b> কয়েক "
                                "বছর ধরে প্রতি মাসে নির্দিষ্ট টাকা জমা দেন। মেয়াদ শেষে "
                                "মুনাফাসহ টাকা ফেরত পান।</li><li><b>স্থায়ী আমানত "
                                "(এফডিআর):</b> এককালীন টাকা নির্দিষ্ট সময়ের জন্য "
                                "রাখেন।</li><li><b>প্রবাসীদের জন্য সরকারি বন্ড:</b> যেমন "
                                "ওয়েজ আর্নার ডেভেলপমেন্ট বন্ড। বিদেশে থাকা স্বজন বৈধ পথে "
                                "আনা আয় দিয়ে এটি কিনতে পারেন। ব্যাংকে জিজ্ঞেস "
                                "করুন।</li></ul><p>অনেক ইউনিয়ন ও বাজারে ব্যাংকের এজেন্ট "
                                "ব্যাংকিং কেন্দ্র আছে। সেখানেও হিসাব খোলা যায়।</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>মুনাফার হার আর নিয়ম বদলায়। সই করার আগে ব্যাংকে "
                                    "জিজ্ঞেস করুন: এখন মুনাফার হার কত, আর মেয়াদের আগে "
                                    "টাকা তুললে কী হয়?</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>কেউ যদি অল্প দিনে টাকা দ্বিগুণ করার কথা বলে বা খুব "
                                    "বেশি লাভ দিতে চায়, সাবধান হোন। এটি প্রায়ই প্রতারণার "
                                    "ফাঁদ। টাকা রাখুন শুধু বাংলাদেশ ব্যাংকের অনুমোদিত "
                                    "ব্যাংকে।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "ঘরে বেশি নগদ টাকা রাখবেন না।",
                                    "প্রতিবেশী বা আত্মীয়ের কাছে সঞ্চয় রাখবেন না।",
                                    "নিজের নামে ব্যাংকে হিসাব খুলুন।",
                                    "মুনাফার বর্তমান হার ব্যাংক থেকে জেনে নিন।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {"type": "heading", "value": "Risky places for your money"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>At home, under the mattress or in a "
                                "tin:</b> it can be stolen, or destroyed by fire or "
                                "flood. When it is close at hand, it also gets spent "
                                "easily.</li><li><b>With a neighbour or relative:</b> "
                                "there is no paper. They may spend it, or may never "
                                "give it back.</li><li><b>With an unknown society or "
                                "company:</b> they may tempt you with big profits and "
                                "then vanish with your money.</li></ul>"
                            ),
                        },
                        {"type": "heading", "value": "The safe place: a bank"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Open an account in your own name at a bank. Banks "
                                "have several kinds of savings:</p><ul><li><b>Savings "
                                "account:</b> you can take money out at any time when "
                                "you need it.</li><li><b>DPS (monthly savings "
                                "scheme):</b> you pay in a fixed amount every month "
                                "for some years. At the end, you get your money back "
                                "with profit.</li><li><b>Fixed deposit (FDR):</b> you "
                                "leave a lump sum for a fixed "
                                "time.</li><li><b>Government bonds for migrants:</b> "
                                "for example, the Wage Earner Development Bond. Your "
                                "family member abroad can buy it with income brought "
                                "home through formal channels. Ask at the "
                                "bank.</li></ul><p>Many unions and bazaars have a "
                                "bank's agent banking outlet. You can open an account "
                                "there too.</p>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Profit rates and rules change. Before you "
                                    "sign, ask the bank: what is the rate now, and "
                                    "what happens if you take the money out early?</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>If someone says they can double your money in "
                                    "a short time, or offers a very high profit, be "
                                    "careful. This is often a trap. Keep your money "
                                    "only in a bank licensed by Bangladesh Bank.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "Do not keep much cash at home.",
                                    (
                                        "Do not leave your savings with a neighbour or "
                                        "relative."
                                    ),
                                    "Open a bank account in your own name.",
                                    "Ask the bank for the current profit rate.",
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "saving-emergency-fund",
                "title": {
                    "bn": "বিপদের দিনের জন্য জরুরি তহবিল",
                    "en": "An emergency fund for hard days",
                },
                "summary": {
                    "bn": (
                        "প্রায় ৩ মাসের খরচের সমান টাকা আলাদা করে জমিয়ে রাখলে বিপদে ঋণ নিতে হয় না।"
                    ),
                    "en": (
                        "If you keep about 3 months of spending aside, you do not have "
                        "to borrow when trouble comes."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "বিপদ বলে-কয়ে আসে না"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>হঠাৎ অসুখ, দুর্ঘটনা বা বন্যা হতে পারে। বিদেশে চাকরি "
                                "চলে যেতে পারে, বেতন বন্ধ হতে পারে, স্বজনকে হঠাৎ দেশে "
                                "ফিরতে হতে পারে।</p><p>হাতে টাকা না থাকলে অনেক পরিবার "
                                "চড়া সুদে মহাজনের কাছে ধার নেয়, বা জমি আর গয়না বিক্রি "
                                "করে। জরুরি তহবিল আপনাকে এই বিপদ থেকে বাঁচায়।</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>কত টাকা লাগবে?</b> আপনার পরিবারের প্রায় ৩ মাসের "
                                "খরচের সমান। মাসে ২৫,০০০ টাকা খরচ হলে লক্ষ্য হবে ৭৫,০০০ "
                                "টাকা। একবারে নয়, প্রতি মাসে একটু একটু করে জমান।</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "সেলিনার জরুরি তহবিল",
                                "situation": (
                                    "সেলিনার পরিবারের মাসে প্রায় ২৫,০০০ টাকা খরচ হয়। "
                                    "তাঁর লক্ষ্য ৭৫,০০০ টাকা। তিনি প্রতি মাসে ৩,০০০ টাকা "
                                    "সঞ্চয়ী হিসাবে জমান। দ্বিতীয় বছরে ছেলের অসুখের সময় "
                                    "তাঁকে কিছু টাকা তুলতে হয়।"
                                ),
                                "lines": [
                                    {
                                        "label": "প্রথম বছরে জমা (১২ × ৩,০০০)",
                                        "amount": "36000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "দ্বিতীয় বছরে জমা (১২ × ৩,০০০)",
                                        "amount": "36000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "ছেলের চিকিৎসা ও ওষুধ",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "২ বছর পর তহবিলে আছে",
                                "lesson": (
                                    "ছেলের চিকিৎসার জন্য সেলিনাকে ধার করতে হয়নি। আর "
                                    "প্রায় ৩ মাস জমালেই তিনি ৭৫,০০০ টাকার লক্ষ্যে পৌঁছে "
                                    "যাবেন।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>জরুরি তহবিল এমন জায়গায় রাখুন, যেখান থেকে দরকারের "
                                    "দিনে সহজে টাকা তোলা যায়, যেমন ব্যাংকের সঞ্চয়ী "
                                    "হিসাব। শখের জিনিস কিনতে এই টাকায় হাত দেবেন না।</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>তহবিল থেকে টাকা খরচ হলে আবার জমিয়ে তহবিল আগের "
                                    "মতো পূর্ণ করুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "অসুখ, দুর্ঘটনা বা চাকরি হারানো হঠাৎ আসতে পারে।",
                                    "প্রায় ৩ মাসের খরচের সমান টাকা জমানোর লক্ষ্য রাখুন।",
                                    "প্রতি মাসে অল্প অল্প করে জমান।",
                                    "জরুরি তহবিল শুধু বিপদের জন্য।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {"type": "heading", "value": "Trouble comes without warning"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Sudden illness, an accident or a flood can happen. "
                                "The job abroad can end, the salary can stop, or your "
                                "family member may have to come home "
                                "suddenly.</p><p>With no money at hand, many families "
                                "borrow from moneylenders at high interest, or sell "
                                "land and gold. An emergency fund protects you from "
                                "this.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>How much do you need?</b> About 3 months of "
                                "your family's spending. If you spend 25,000 taka a "
                                "month, the goal is 75,000 taka. Not all at once: save "
                                "a little every month.</p>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "Selina's emergency fund",
                                "situation": (
                                    "Selina's family spends about 25,000 taka a month. "
                                    "Her goal is 75,000 taka. She saves 3,000 taka a "
                                    "month in a savings account. In the second year, "
                                    "her son falls ill and she has to take some money "
                                    "out."
                                ),
                                "lines": [
                                    {
                                        "label": "Saved in year one (12 × 3,000)",
                                        "amount": "36000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Saved in year two (12 × 3,000)",
                                        "amount": "36000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Son's treatment and medicine",
                                        "amount": "5000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "In the fund after 2 years",
                                "lesson": (
                                    "Selina did not have to borrow for her son's "
                                    "treatment. With about 3 more months of saving, "
                                    "she will reach her goal of 75,000 taka."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "tip",
                                "text": (
                                    "<p>Keep the emergency fund where you can take it "
                                    "out easily on the day you need it, such as a bank "
                                    "savings account. Do not touch this money to buy "
                                    "things you only want.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>When you use money from the fund, save again "
                                    "until the fund is full once more.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "Illness, accidents or losing a job can come "
                                        "suddenly."
                                    ),
                                    "Aim to save about 3 months of your spending.",
                                    "Save a little every month.",
                                    "The emergency fund is only for emergencies.",
                                ],
                            },
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": "sending-money-home",
        "title": {
            "bn": "বৈধ পথে দেশে টাকা পাঠানো",
            "en": "Sending money home through formal channels",
        },
        "summary": {
            "bn": (
                "ব্যাংক, লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার প্রতিষ্ঠান বা মোবাইল ব্যাংকিংয়ে টাকা "
                "পাঠান। হুন্ডির ঝুঁকি চিনুন, আর নিজের হিসাব নিরাপদ রাখুন।"
            ),
            "en": (
                "Send money through a bank, a licensed money-transfer company or "
                "mobile banking. Know the risks of hundi, and keep your account safe."
            ),
        },
        "lessons": [
            {
                "slug": "sending-money-formal-channels",
                "title": {
                    "bn": "বৈধ পথে টাকা পাঠানোর উপায়",
                    "en": "Formal ways to send money",
                },
                "summary": {
                    "bn": (
                        "ব্যাংক, মানি ট্রান্সফার প্রতিষ্ঠান ও মোবাইল ব্যাংকিংয়ে টাকা নিরাপদে "
                        "আসে, সঙ্গে সরকারের প্রণোদনাও পাওয়া যায়।"
                    ),
                    "en": (
                        "Money sent through a bank, a money-transfer company or mobile "
                        "banking arrives safely and earns the government's incentive."
                    ),
                },
                "minutes": 8,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "তিনটি বৈধ পথ"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>ব্যাংক:</b> টাকা সরাসরি পরিবারের ব্যাংক "
                                "হিসাবে আসে। ব্যাংকের শাখা বা এজেন্ট ব্যাংকিং কেন্দ্র থেকে "
                                "নগদও তোলা যায়।</li><li><b>লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার "
                                "প্রতিষ্ঠান (এক্সচেঞ্জ হাউস):</b> বিদেশে স্বজন তাদের কাছে "
                                "টাকা জমা দেন। পরিবার দেশে ব্যাংক হিসাবে বা মোবাইল "
                                "হিসাবে টাকা পায়, অথবা ব্যাংক থেকে নগদ "
                                "তোলে।</li><li><b>মোবাইল ব্যাংকিং (বিকাশ, নগদ, "
                                "রকেট):</b> বিদেশের অংশীদার প্রতিষ্ঠানের মাধ্যমে টাকা "
                                "সরাসরি পরিবারের মোবাইল হিসাবে আসে।</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>বৈধ পথে পাঠালে আপনি পান:</p><ul><li>রসিদ আর লেনদেন "
                                "নম্বর</li><li>টাকা কোথায় আছে, তা খোঁজ নেওয়ার "
                                "সুযোগ</li><li>সমস্যা হলে অভিযোগ করার "
                                "জায়গা</li><li>সরকারের নগদ প্রণোদনা</li><li>আয়ের প্রমাণ, "
                                "যা পরে ঋণ নিতে কাজে লাগে</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>বৈধ পথে আসা রেমিট্যান্সে (প্রবাসী আয়ে) সরকার নগদ "
                                    "<b>প্রণোদনা</b> দেয়। এই লেখার সময় হার ছিল ২.৫ "
                                    "শতাংশ। অর্থাৎ ৩০,০০০ টাকায় ৭৫০ টাকা। প্রতি মাসে "
                                    "৩০,০০০ টাকা এলে বছরে ৯,০০০ টাকা। টাকা আসার সময় "
                                    "ব্যাংক বা মোবাইল ব্যাংকিং প্রতিষ্ঠান নিজেই প্রণোদনা "
                                    "যোগ করে দেয়, এর জন্য কাউকে টাকা দিতে হয় না। হার "
                                    "বদলাতে পারে, তাই ব্যাংক বা মোবাইল ব্যাংকিং প্রতিষ্ঠান "
                                    "থেকে বর্তমান হার জেনে নিন।</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "পাঠানোর আগে তুলনা করুন"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>একেক প্রতিষ্ঠানের খরচ একেক রকম। পাঠানোর দিন এই তিনটি "
                                "জিনিস দেখুন:</p><ol><li><b>ফি:</b> টাকা পাঠাতে কত ফি "
                                "লাগবে?</li><li><b>বিনিময় হার:</b> এক রিয়াল, রিঙ্গিত বা "
                                "দিরহামে কত টাকা দেবে?</li><li><b>কীভাবে পৌঁছাবে:</b> "
                                "ব্যাংক হিসাবে, মোবাইল হিসাবে, না হাতে নগদ টাকায়? কত "
                                "দিনে?</li></ol><p>সবচেয়ে ভালো প্রশ্ন: “আমি এত রিয়াল "
                                "পাঠালে আমার পরিবার হাতে মোট কত টাকা পাবে?” হার "
                                "প্রতিদিন বদলায়, তাই সেদিনের হার জেনে নিন।</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "ব্যাংক, মানি ট্রান্সফার প্রতিষ্ঠান আর মোবাইল "
                                        "ব্যাংকিং হলো বৈধ পথ।"
                                    ),
                                    "বৈধ পথে রসিদ, সুরক্ষা আর প্রণোদনা পাওয়া যায়।",
                                    "প্রণোদনার বর্তমান হার সব সময় জেনে নিন।",
                                    "পাঠানোর আগে ফি আর বিনিময় হার মিলিয়ে দেখুন।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {"type": "heading", "value": "Three formal channels"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>Bank:</b> the money comes straight into "
                                "the family's bank account. Cash can also be collected "
                                "at a bank branch or an agent banking "
                                "outlet.</li><li><b>Licensed money-transfer company "
                                "(exchange house):</b> your family member pays the "
                                "money in abroad. The family gets it in a bank account "
                                "or a mobile account at home, or collects cash from a "
                                "bank.</li><li><b>Mobile banking (bKash, Nagad, "
                                "Rocket):</b> through partner companies abroad, the "
                                "money comes straight into the family's mobile "
                                "account.</li></ul>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>When you use a formal channel, you "
                                "get:</p><ul><li>a receipt and a transaction "
                                "number</li><li>a way to find out where the money "
                                "is</li><li>somewhere to complain if something goes "
                                "wrong</li><li>the government's cash "
                                "incentive</li><li>proof of income, which helps when "
                                "you apply for a loan later</li></ul>"
                            ),
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "remember",
                                "text": (
                                    "<p>The government pays a cash <b>incentive</b> on "
                                    "remittances that come through formal channels. At "
                                    "the time of writing, the rate was 2.5 percent. "
                                    "That is 750 taka on 30,000 taka. If 30,000 taka "
                                    "comes every month, that is 9,000 taka in a year. "
                                    "The bank or mobile banking company adds the "
                                    "incentive itself when the money arrives; you do "
                                    "not have to pay anyone for it. The rate can "
                                    "change, so ask your bank or mobile banking "
                                    "company for the current rate.</p>"
                                ),
                            },
                        },
                        {"type": "heading", "value": "Compare before you send"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Costs differ from one company to another. On the "
                                "day you send, check these three "
                                "things:</p><ol><li><b>Fee:</b> what fee will you pay "
                                "to send the money?</li><li><b>Exchange rate:</b> how "
                                "many taka will they give for one riyal, ringgit or "
                                "dirham?</li><li><b>How it arrives:</b> in a bank "
                                "account, a mobile account or as cash in hand? How "
                                "many days will it take?</li></ol><p>The best question "
                                "is: “If I send this many riyals, how many taka will "
                                "my family get in hand in total?” Rates change every "
                                "day, so check that day's rate.</p>"
                            ),
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "Banks, money-transfer companies and mobile "
                                        "banking are formal channels."
                                    ),
                                    (
                                        "Formal channels give you a receipt, "
                                        "protection and the incentive."
                                    ),
                                    "Always check the current incentive rate.",
                                    (
                                        "Compare the fee and the exchange rate before "
                                        "you send."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "sending-money-hundi-risks",
                "title": {"bn": "হুন্ডির আসল খরচ", "en": "The real cost of hundi"},
                "summary": {
                    "bn": "হুন্ডিতে রসিদ নেই, সুরক্ষা নেই, প্রণোদনা নেই, আর এটি বেআইনি।",
                    "en": (
                        "Hundi gives no receipt, no protection and no incentive, and "
                        "it is against the law."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "হুন্ডি কী"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>হুন্ডি হলো লাইসেন্স ছাড়া টাকা পাঠানোর পথ। বিদেশে স্বজন "
                                "একজন লোকের হাতে টাকা দেন। দেশে আরেকজন লোক এসে "
                                "পরিবারকে টাকা দেয়। মাঝখানে কোনো ব্যাংক বা অনুমোদিত "
                                "প্রতিষ্ঠান থাকে না।</p><p>হুন্ডি সহজ মনে হয়। কেউ কেউ প্রতি "
                                "রিয়ালে একটু বেশি টাকাও দেয়। কিন্তু এর পেছনে বড় ঝুঁকি "
                                "আছে।</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>রসিদ নেই:</b> টাকা দেওয়ার কোনো প্রমাণ থাকে "
                                "না।</li><li><b>সুরক্ষা নেই:</b> টাকা না এলে অভিযোগ করার "
                                "জায়গা নেই।</li><li><b>টাকা উধাও হতে পারে:</b> হুন্ডির "
                                "লোক টাকা নিয়ে পালিয়ে যেতে "
                                "পারে।</li><li><b>বেআইনি:</b> বাংলাদেশে হুন্ডি আইনত "
                                "নিষিদ্ধ। ধরা পড়লে পরিবারও ঝামেলায় পড়তে "
                                "পারে।</li><li><b>প্রণোদনা নেই:</b> সরকারের নগদ প্রণোদনা "
                                "পাওয়া যায় না।</li><li><b>দেশের ক্ষতি:</b> বৈদেশিক মুদ্রা "
                                "দেশের রিজার্ভে আসে না।</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "এক বছর ব্যাংকের মাধ্যমে",
                                "situation": (
                                    "জামাল কাতারে কাজ করেন। তিনি প্রতি মাসে দেশে ৩০,০০০ "
                                    "টাকা পাঠান, ব্যাংকের মাধ্যমে। এক বছরে তা হয় "
                                    "৩,৬০,০০০ টাকা।"
                                ),
                                "lines": [
                                    {
                                        "label": "এক বছরে পাঠানো টাকা (১২ × ৩০,০০০)",
                                        "amount": "360000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "সরকারের প্রণোদনা (২.৫%)",
                                        "amount": "9000",
                                        "direction": "in",
                                    },
                                ],
                                "result_label": "পরিবার এক বছরে পায়",
                                "lesson": (
                                    "ব্যাংকের মাধ্যমে পাঠানোয় পরিবার বাড়তি ৯,০০০ টাকা "
                                    "পায়, সঙ্গে প্রতিটি লেনদেনের রসিদ।"
                                ),
                            },
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "এক বছর হুন্ডিতে",
                                "situation": (
                                    "জামালের বন্ধুও প্রতি মাসে ৩০,০০০ টাকা পাঠান, কিন্তু "
                                    "হুন্ডিতে। একবার হুন্ডির লোক এক মাসের টাকা নিয়ে উধাও "
                                    "হয়ে যায়।"
                                ),
                                "lines": [
                                    {
                                        "label": "হুন্ডিতে পাঠানো টাকা (১২ × ৩০,০০০)",
                                        "amount": "360000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "সরকারের প্রণোদনা",
                                        "amount": "0",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "হারিয়ে যাওয়া এক মাসের টাকা",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "পরিবার এক বছরে পায়",
                                "lesson": (
                                    "ব্যাংকের তুলনায় এই পরিবার এক বছরে ৩৯,০০০ টাকা কম "
                                    "পায়। প্রতি রিয়ালে হুন্ডির লোক যে সামান্য বেশি দেয়, এক "
                                    "মাসের টাকা হারালেই তার সবটুকু, এমনকি তার চেয়েও বেশি "
                                    "চলে যেতে পারে। আর হারানো টাকার জন্য অভিযোগ করার "
                                    "কোনো কাগজও থাকে না।"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>হুন্ডি বেআইনি। কেউ “বেশি রেট” দেওয়ার কথা বললে "
                                    "রাজি হবেন না। স্বজনকে বলুন, সব সময় বৈধ পথে টাকা "
                                    "পাঠাতে: ব্যাংক, লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার "
                                    "প্রতিষ্ঠান বা মোবাইল ব্যাংকিং।</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "হুন্ডিতে রসিদ, সুরক্ষা বা প্রণোদনা কিছুই নেই।",
                                    "হুন্ডির টাকা যেকোনো সময় উধাও হতে পারে।",
                                    "হুন্ডি বাংলাদেশে বেআইনি।",
                                    "বৈধ পথে পাঠালে লাভ পরিবারের, লাভ দেশেরও।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {"type": "heading", "value": "What hundi is"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>Hundi is a way of sending money without a licence. "
                                "Your family member abroad hands money to a man there. "
                                "Another man comes to the family at home and gives "
                                "them the money. No bank or licensed company is "
                                "involved.</p><p>Hundi looks easy. Some dealers even "
                                "give a few more taka for each riyal. But there are "
                                "big risks behind it.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li><b>No receipt:</b> there is no proof that you "
                                "paid.</li><li><b>No protection:</b> if the money does "
                                "not arrive, there is nowhere to "
                                "complain.</li><li><b>Money can vanish:</b> the hundi "
                                "dealer can run away with it.</li><li><b>Illegal:</b> "
                                "hundi is against the law in Bangladesh. If it is "
                                "caught, the family can get into trouble "
                                "too.</li><li><b>No incentive:</b> you do not get the "
                                "government's cash incentive.</li><li><b>Harm to the "
                                "country:</b> the foreign currency does not reach the "
                                "country's reserves.</li></ul>"
                            ),
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "One year through a bank",
                                "situation": (
                                    "Jamal works in Qatar. He sends 30,000 taka home "
                                    "every month, through a bank. In one year that "
                                    "makes 360,000 taka."
                                ),
                                "lines": [
                                    {
                                        "label": "Money sent in one year (12 × 30,000)",
                                        "amount": "360000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Government incentive (2.5%)",
                                        "amount": "9000",
                                        "direction": "in",
                                    },
                                ],
                                "result_label": "The family gets in one year",
                                "lesson": (
                                    "Sending through the bank gives the family 9,000 "
                                    "taka extra, and a receipt for every payment."
                                ),
                            },
                        },
                        {
                            "type": "money_example",
                            "value": {
                                "title": "One year through hundi",
                                "situation": (
                                    "Jamal's friend also sends 30,000 taka every "
                                    "month, but through hundi. Once, the hundi dealer "
                                    "vanishes with one month's money."
                                ),
                                "lines": [
                                    {
                                        "label": "Sent through hundi (12 × 30,000)",
                                        "amount": "360000",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "Government incentive",
                                        "amount": "0",
                                        "direction": "in",
                                    },
                                    {
                                        "label": "One month's money lost",
                                        "amount": "30000",
                                        "direction": "out",
                                    },
                                ],
                                "result_label": "The family gets in one year",
                                "lesson": (
                                    "Compared with the bank, this family gets 39,000 "
                                    "taka less in one year. Losing one month's money "
                                    "can wipe out all the little extra the dealer gave "
                                    "per riyal, and even more. And there is no paper "
                                    "to complain with about the lost money."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p>Hundi is illegal. If someone offers you a "
                                    "“better rate”, say no. Ask your family member to "
                                    "always send money through a formal channel: a "
                                    "bank, a licensed money-transfer company or mobile "
                                    "banking.</p>"
                                ),
                            },
                        },
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "Hundi gives no receipt, no protection and no "
                                        "incentive."
                                    ),
                                    "Hundi money can vanish at any time.",
                                    "Hundi is illegal in Bangladesh.",
                                    (
                                        "Sending through formal channels helps your "
                                        "family and the country."
                                    ),
                                ],
                            },
                        },
                    ],
                },
            },
            {
                "slug": "sending-money-accounts-safety",
                "title": {
                    "bn": "হিসাব খুলুন, পিন গোপন রাখুন",
                    "en": "Open an account and keep your PIN secret",
                },
                "summary": {
                    "bn": (
                        "নিজের নামে ব্যাংক বা মোবাইল ব্যাংকিং হিসাব খুলুন, আর পিন ও ওটিপি "
                        "কখনো কাউকে বলবেন না।"
                    ),
                    "en": (
                        "Open a bank or mobile banking account in your own name, and "
                        "never tell anyone your PIN or OTP."
                    ),
                },
                "minutes": 9,
                "body": {
                    "bn": [
                        {"type": "heading", "value": "নিজের নামে হিসাব খুলুন"},
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>ব্যাংক হিসাব খুলতে সাধারণত "
                                "লাগে:</b></p><ul><li>জাতীয় পরিচয়পত্র "
                                "(এনআইডি)</li><li>আপনার ছবি</li><li>নমিনির ছবি ও "
                                "পরিচয়পত্র (আপনি না থাকলে যিনি টাকা পাবেন)</li><li>একটি "
                                "মোবাইল নম্বর</li></ul><p>ব্যাংকের শাখা বা এজেন্ট ব্যাংকিং "
                                "কেন্দ্রে যান। কোন কোন কাগজ লাগবে আর শুরুতে কত টাকা জমা "
                                "দিতে হবে, ব্যাংকে জিজ্ঞেস করুন। ইউনিয়ন ডিজিটাল সেন্টারের "
                                "উদ্যোক্তাও পথ দেখাতে পারেন।</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>মোবাইল ব্যাংকিং হিসাব</b> (বিকাশ, নগদ, রকেট) "
                                "খুলতে লাগে জাতীয় পরিচয়পত্র আর একটি সিম। সিমটি নিজের "
                                "নামে নিবন্ধিত হলে ভালো। অনুমোদিত এজেন্টের কাছে বা "
                                "প্রতিষ্ঠানের নিজস্ব অ্যাপে হিসাব খোলা যায়। খোলার সময় "
                                "নিজেই একটি গোপন পিন ঠিক করুন।</p>"
                            ),
                        },
                        {"type": "heading", "value": "হিসাব নিরাপদ রাখুন"},
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>পিন বা ওটিপি কখনো কাউকে বলবেন না।</b> কেউ "
                                    "নিজেকে ব্যাংক, বিকাশ, নগদ বা রকেটের লোক বললেও না। "
                                    "এই প্রতিষ্ঠানগুলো কখনো পিন চায় না। প্রতারকেরা ফোন করে "
                                    "বলে, “ভুল করে আপনার হিসাবে টাকা গেছে” বা “আপনার "
                                    "হিসাব বন্ধ হয়ে যাবে”। এমন ফোন এলে কেটে দিন। ভুল করে "
                                    "পিন বলে ফেললে সঙ্গে সঙ্গে পিন বদলান, আর প্রতিষ্ঠানের "
                                    "কার্ড বা ওয়েবসাইটে দেওয়া অফিশিয়াল হেল্পলাইনে ফোন "
                                    "করুন।</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>প্রতিটি লেনদেনের পর এসএমএস দেখুন আর লেনদেন নম্বর "
                                "লিখে রাখুন।</li><li>নগদ টাকা তুলুন শুধু অনুমোদিত এজেন্ট বা "
                                "ব্যাংক থেকে।</li><li>পিন নিজে চাপুন। এজেন্ট বা অন্য কাউকে "
                                "দিয়ে পিন চাপাবেন না।</li><li>বিদেশ থেকে টাকা এলে "
                                "হিসাবের ব্যালেন্স মিলিয়ে দেখুন।</li></ul>"
                            ),
                        },
                        {"type": "official_service", "value": "police_expatriate_help"},
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    "হিসাব খুলতে জাতীয় পরিচয়পত্র লাগে।",
                                    "হিসাব খুলুন নিজের নামে।",
                                    "পিন ও ওটিপি কাউকে বলবেন না।",
                                    "প্রতারণার শিকার হলে দেরি না করে অভিযোগ করুন।",
                                ],
                            },
                        },
                    ],
                    "en": [
                        {
                            "type": "heading",
                            "value": "Open an account in your own name",
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p><b>To open a bank account, you usually "
                                "need:</b></p><ul><li>your National ID card "
                                "(NID)</li><li>your photo</li><li>your nominee's photo "
                                "and ID (the person who gets the money if you are no "
                                "longer there)</li><li>a mobile number</li></ul><p>Go "
                                "to a bank branch or an agent banking outlet. Ask the "
                                "bank which papers you need and how much you must pay "
                                "in at the start. The Union Digital Centre "
                                "entrepreneur can also show you the way.</p>"
                            ),
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<p>To open a <b>mobile banking account</b> (bKash, "
                                "Nagad, Rocket), you need your National ID card and a "
                                "SIM. It is best if the SIM is registered in your own "
                                "name. You can open the account with an authorised "
                                "agent or in the company's own app. When you open it, "
                                "choose a secret PIN yourself.</p>"
                            ),
                        },
                        {"type": "heading", "value": "Keep your account safe"},
                        {
                            "type": "callout",
                            "value": {
                                "kind": "warning",
                                "text": (
                                    "<p><b>Never tell anyone your PIN or OTP.</b> Not "
                                    "even someone who says they are from the bank, "
                                    "bKash, Nagad or Rocket. These companies never ask "
                                    "for your PIN. Fraudsters call and say “money went "
                                    "into your account by mistake” or “your account "
                                    "will be closed”. If you get such a call, hang up. "
                                    "If you told someone your PIN by mistake, change "
                                    "it at once, and call the official helpline shown "
                                    "on the company's card or website.</p>"
                                ),
                            },
                        },
                        {
                            "type": "paragraph",
                            "value": (
                                "<ul><li>After every transaction, check the SMS and "
                                "write down the transaction number.</li><li>Take cash "
                                "out only from an authorised agent or a "
                                "bank.</li><li>Type your PIN yourself. Do not let the "
                                "agent or anyone else type it for you.</li><li>When "
                                "money arrives from abroad, check your account "
                                "balance.</li></ul>"
                            ),
                        },
                        {"type": "official_service", "value": "police_expatriate_help"},
                        {
                            "type": "key_points",
                            "value": {
                                "title": "",
                                "points": [
                                    (
                                        "You need your National ID card to open an "
                                        "account."
                                    ),
                                    "Open the account in your own name.",
                                    "Never tell anyone your PIN or OTP.",
                                    "If you are cheated, complain without delay.",
                                ],
                            },
                        },
                    ],
                },
            },
        ],
    },
]
