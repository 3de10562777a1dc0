"""Demo quiz content for the Training of Trainers course (data only).

One quiz per module of ``courses/demo/tot_course.py``, keyed by the module's slug.
Each quiz has a bilingual title and intro, a pass mark in percent, and five or six
questions that test only what that module's lessons teach. Stems are short HTML
(``<p>`` and ``<b>``); feedback is plain text. Bangla text uses Bangla digits;
numeric answers are ASCII digit strings in taka or minutes. Ordering questions list
their steps in the correct order (the site shuffles them), and picture answers name
one of the site's stock pictures in ``picture``, with ``text`` as its caption. The
remittance incentive is always given as the rate at the time of writing.
"""

QUIZZES: dict[str, dict] = {
    "how-adults-learn": {
        "slug": "how-adults-learn-quiz",
        "title": {
            "bn": "কুইজ: প্রাপ্তবয়স্করা কীভাবে শেখেন",
            "en": "Quiz: How adults learn",
        },
        "intro": {
            "bn": (
                "এই কুইজে দেখা হবে, প্রাপ্তবয়স্ক শিক্ষার্থীদের সম্মান দিয়ে, হাতেকলমে এবং ছবি ও "
                "গল্পের মাধ্যমে কীভাবে শেখাবেন। পাস করতে ৬০ শতাংশ নম্বর লাগবে।"
            ),
            "en": (
                "This quiz checks how to teach adult learners with respect, by doing, "
                "and through pictures and stories. You need 60 percent to pass."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>এক ঘণ্টার একটি শিক্ষার্থী সেশনের অংশগুলো সঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the parts of a one-hour learner session in the right "
                        "order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "সেশন শুরু হয় ছোট একটি প্রশ্ন বা গল্প দিয়ে, তারপর দ্রুত হাতেকলমে কাজ, কাজ "
                        "নিয়ে আলোচনা, মূল বার্তা আবার বলা, আর শেষে প্রত্যেকের একটি করণীয়। টানা "
                        "লম্বা বক্তৃতায় বেশির ভাগ মানুষ মনোযোগ হারিয়ে ফেলেন।"
                    ),
                    "en": (
                        "The session opens with a short question or story, moves "
                        "quickly to doing, then talks about what people did, repeats "
                        "the key messages, and ends with one action for each person. "
                        "During a long talk, most people stop paying attention."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "শুরু (৫ মিনিট): একটি প্রশ্ন বা খুব ছোট একটি গল্প",
                            "en": "Open (5 minutes): a question or a very short story",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "প্রশ্ন বা গল্প দিয়ে শুরু করলে সবাই শুরু থেকেই যুক্ত হন।",
                            "en": (
                                "A question or story draws everyone in from the start."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "করা (২০ মিনিট): জোড়ায় বা ছোট দলে একটি কাজ",
                            "en": (
                                "Do (20 minutes): an activity in pairs or small groups"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "সবচেয়ে বেশি সময় যায় হাতেকলমে কাজে, কারণ মানুষ যা করেন তা-ই "
                                "মনে রাখেন।"
                            ),
                            "en": (
                                "Doing gets the most time, because people remember "
                                "what they do."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "আলোচনা (১৫ মিনিট): কী দেখলেন, কোন বিষয়টা অবাক করল",
                            "en": (
                                "Talk (15 minutes): what did you notice, what "
                                "surprised you"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "কাজের পরেই আলোচনা করলে শিক্ষার্থীরা নিজেরাই শিক্ষাটা খুঁজে পান।",
                            "en": (
                                "Talking right after the activity lets learners find "
                                "the lesson themselves."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "মূল বার্তা (১০ মিনিট): দুই-তিনটি কথা, একাধিকবার বলা",
                            "en": (
                                "Key messages (10 minutes): two or three, said more "
                                "than once"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "অল্প কয়েকটি বার্তা বারবার বললে তা মনে থাকে।",
                            "en": "A few messages, repeated, are the ones people keep.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সমাপ্তি (৫ মিনিট): প্রত্যেকে এই সপ্তাহের একটি করণীয় বলবেন",
                            "en": (
                                "Close (5 minutes): each person names one thing they "
                                "will do this week"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "একটি নির্দিষ্ট করণীয় দিয়ে শেষ করলে শেখাটা কাজে পরিণত হয়।",
                            "en": (
                                "Ending with one action turns the learning into "
                                "something done."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>একজন বিদেশফেরত অভিবাসী অনুমতি নিয়ে গত মাসের হিসাব জানালেন: "
                        "রেমিট্যান্স <b>৩০,০০০</b> টাকা; মহাজনের ঋণের কিস্তি ৬,০০০; খাবার ও "
                        "সংসারের খরচ ১৩,০০০; সন্তানদের স্কুল ৩,০০০; ওষুধ ২,০০০। মাস শেষে হাতে "
                        "কত টাকা রইল?</p>"
                    ),
                    "en": (
                        "<p>With his permission, a returnee shares last month's "
                        "figures: remittance <b>30,000</b> taka; instalment to the "
                        "money lender 6,000; food and household costs 13,000; "
                        "children's school 3,000; medicine 2,000. How many taka were "
                        "left at the end of the month?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "খরচ: ৬,০০০ + ১৩,০০০ + ৩,০০০ + ২,০০০ = ২৪,০০০ টাকা। হাতে রইল "
                        "৩০,০০০ - ২৪,০০০ = ৬,০০০ টাকা। শিক্ষার্থীদের নিজেদের জীবনের হিসাব "
                        "বইয়ের সংখ্যার চেয়ে অনেক বেশি দিন মনে থাকে।"
                    ),
                    "en": (
                        "Costs: 6,000 + 13,000 + 3,000 + 2,000 = 24,000 taka. Left: "
                        "30,000 - 24,000 = 6,000 taka. Numbers from learners' own "
                        "lives stay in memory far longer than numbers from a book."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "6000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>রেমিট্যান্স কীভাবে ভাগ ভাগ করে স্তূপ করতে হয়, তা আপনি বুঝিয়ে বললেন। "
                        "দল বুঝেছে কি না যাচাই করার সবচেয়ে ভালো উপায় কোনটি?</p>"
                    ),
                    "en": (
                        "<p>You have explained how to split the remittance into piles. "
                        "What is the best way to check that the group has "
                        "understood?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "করে দেখাতে বললে সবাই অংশ নিতে পারেন, যাঁরা কম পড়তে পারেন তাঁরাও, আর কেউ "
                        "লজ্জায় পড়েন না।"
                    ),
                    "en": (
                        "Asking people to show you works for everyone, including those "
                        "who read little, and embarrasses no one."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                'করে দেখাতে বলা, যেমন: "স্কুলের টাকাটা ঠিক কার্ডের ওপর রাখুন তো।"'
                            ),
                            "en": (
                                'Ask them to show you, for example: "Put the school '
                                'money on the right card."'
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: করে দেখালেই বোঝা যায় তাঁরা আসলে কতটা বুঝেছেন।",
                            "en": (
                                "Right: when people show you, you see what they really "
                                "understood."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": 'দলকে জিজ্ঞেস করা, "বুঝেছেন?"',
                            "en": 'Ask the group, "Did you understand?"',
                        },
                        "correct": False,
                        "feedback": {
                            "bn": 'এই প্রশ্নে প্রায় সবাই "হ্যাঁ" বলেন, তাই এতে কিছুই যাচাই হয় না।',
                            "en": (
                                "Almost everyone says yes to this, so it checks "
                                "nothing."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "একজন শিক্ষার্থীকে সবার সামনে মূল কথাগুলো জোরে পড়ে শোনাতে বলা।",
                            "en": (
                                "Ask one learner to read the key points aloud to "
                                "everyone."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "কেউ নিজে থেকে না চাইলে অন্যদের সামনে তাঁকে পড়তে বলবেন না।",
                            "en": (
                                "Never ask anyone to read in front of others unless "
                                "they offer."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "লিখিত প্রশ্নের একটি কাগজ দিয়ে পূরণ করতে বলা।",
                            "en": "Hand out a written sheet of questions to fill in.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "লেখায় ভরা কাগজ কম পড়তে পারা শিক্ষার্থীদের বাদ দিয়ে দেয়।",
                            "en": "Written handouts shut out learners who read little.",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>সময় বাঁচাতে এক ঘণ্টার একটি সেশনেই বাজেট, সঞ্চয় আর হুন্ডি একসঙ্গে "
                        "শেখানো ভালো।</p>"
                    ),
                    "en": (
                        "<p>To save time, it is a good idea to cover budgeting, saving "
                        "and hundi together in one one-hour session.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "এক সেশনে একটিই মূল বিষয়। এক ঘণ্টায় তিনটি বিষয় শেখাতে গেলে মানুষ "
                        "কোনোটাই মনে রাখবেন না।"
                    ),
                    "en": (
                        "One session, one main idea. Try to cover all three in one "
                        "hour and people will remember none of them."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সত্য",
                            "en": "True",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "ঠিক নয়: প্রতিটি সেশনে একটিই মূল বিষয় রাখুন।",
                            "en": "Not so: keep to one main idea per session.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: একসঙ্গে সব শেখাতে গেলে কোনোটাই মনে থাকে না।",
                            "en": "Right: cover everything at once and nothing stays.",
                        },
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>নিচের কোনগুলো সেশনে শিক্ষার্থীদের প্রতি সম্মান দেখানোর উপায়? যতগুলো "
                        "প্রযোজ্য, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which of these show respect for learners in a session? "
                        "Choose all that apply.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "শিক্ষার্থীরা অভিজ্ঞ প্রাপ্তবয়স্ক মানুষ: আন্তরিকভাবে শুভেচ্ছা জানান, আগে জিজ্ঞেস "
                        "করুন, ভালো কিছুর প্রশংসা করুন, আর লজ্জা না দিয়ে ভুল শোধরান।"
                    ),
                    "en": (
                        "Learners are experienced adults: greet them warmly, ask "
                        "first, praise what works, and correct mistakes without "
                        "shaming anyone."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": 'বয়স যা-ই হোক, সবাইকে "আপনি" বলে সম্বোধন করা।',
                            "en": 'Address everyone as "apni", whatever their age.',
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: সম্মানসূচক সম্বোধন সবার প্রাপ্য।",
                            "en": "Right: everyone deserves the respectful form.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "বলার আগে জিজ্ঞেস করা, যেমন টাকা এলে তাঁরা প্রথমে কোন খরচটা করেন।"
                            ),
                            "en": (
                                "Ask before you tell, such as what they pay for first "
                                "when money arrives."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: তাঁরা যা জানেন, সেখান থেকেই শুরু করুন।",
                            "en": "Right: start from what they already know.",
                        },
                    },
                    {
                        "text": {
                            "bn": "কারও ভালো অভ্যাসের কথা শুনলে সবার সামনে প্রশংসা করা।",
                            "en": "Praise a good habit in front of everyone.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: প্রশংসা ভালো অভ্যাসকে আরও পাকা করে।",
                            "en": "Right: praise makes a good habit stronger.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "অন্যদের সতর্ক করতে দলের সামনে দেখিয়ে দেওয়া, কে মহাজনের কাছ "
                                "থেকে ঋণ নিয়েছেন।"
                            ),
                            "en": (
                                "Point out in front of the group who borrowed from a "
                                "money lender, as a warning to others."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "মহাজনের ঋণ বা আগের লোকসানের জন্য কাউকে কখনো লজ্জা দেবেন না।",
                            "en": (
                                "Never shame anyone for borrowing from a money lender "
                                "or past losses."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "সেশন গুরুগম্ভীর শোনাতে বইয়ের কঠিন শব্দ ব্যবহার করা।",
                            "en": "Use textbook terms so the session sounds serious.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "বইয়ের ভাষা নয়, শিক্ষার্থীদের নিজেদের শব্দ ও উদাহরণ ব্যবহার করুন।"
                            ),
                            "en": (
                                "Use the learners' own words and examples, not "
                                "textbook language."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "picture",
                "stem": {
                    "bn": (
                        "<p>যাঁরা কম পড়তে পারেন, তাঁদের সঞ্চয়ের কাজে হাতে ধরা যায় এমন জিনিস ব্যবহার "
                        "করতে বলা হয়েছে। কোন ছবিতে তেমন একটি জিনিস দেখা যাচ্ছে?</p>"
                    ),
                    "en": (
                        "<p>For learners who read little, the lesson suggests objects "
                        "they can handle in the saving activity. Which picture shows "
                        "one of them?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "খেলনা টাকা, আর সঞ্চয়ের জন্য খাম বা মাটির ব্যাংক ধারণাকে হাতে ধরা যায় এমন "
                        "জিনিসে পরিণত করে; এতে লেখা পড়তে হয় না।"
                    ),
                    "en": (
                        "Play money, and envelopes or a clay money box for saving, "
                        "turn an idea into something learners can hold, with nothing "
                        "to read."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "মাটির ব্যাংক",
                            "en": "A clay money box",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: মাটির ব্যাংকে টাকা রাখলে সঞ্চয় চোখে দেখা যায়।",
                            "en": (
                                "Right: a clay money box makes saving something people "
                                "can see."
                            ),
                        },
                        "picture": "piggy_bank",
                    },
                    {
                        "text": {
                            "bn": "একটি তালা",
                            "en": "A padlock",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "সঞ্চয়ের কাজের জন্য পাঠে তালার কথা বলা হয়নি।",
                            "en": (
                                "The lesson does not suggest a padlock for the saving "
                                "activity."
                            ),
                        },
                        "picture": "padlock",
                    },
                    {
                        "text": {
                            "bn": "একটি দোকান",
                            "en": "A shop",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "দোকান একটি জায়গা, সেশনে হাতে নিয়ে ব্যবহার করার জিনিস নয়।",
                            "en": (
                                "A shop is a place, not an object to handle in a "
                                "session."
                            ),
                        },
                        "picture": "shop",
                    },
                    {
                        "text": {
                            "bn": "একটি বাড়ি",
                            "en": "A house",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "বাড়ি হাতে নিয়ে ব্যবহার করার জিনিস নয়।",
                            "en": "A house is not an object learners can handle.",
                        },
                        "picture": "house",
                    },
                ],
            },
        ],
    },
    "running-a-session": {
        "slug": "running-a-session-quiz",
        "title": {
            "bn": "কুইজ: সেশন পরিচালনা",
            "en": "Quiz: Running a session",
        },
        "intro": {
            "bn": (
                "এই কুইজে দেখা হবে, জায়গা ও সময় কীভাবে ঠিক করবেন, নিয়ম কীভাবে ঠিক করবেন, নারী "
                "ও পরিবারকে কীভাবে যুক্ত করবেন এবং ইউনিয়ন ডিজিটাল সেন্টার কীভাবে ব্যবহার করবেন। "
                "পাস করতে ৬০ শতাংশ নম্বর লাগবে।"
            ),
            "en": (
                "This quiz checks how to choose the place and time, agree ground "
                "rules, include women and families, and use the Union Digital Centre. "
                "You need 60 percent to pass."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "picture",
                "stem": {
                    "bn": (
                        "<p>পুরুষেরা সাধারণত সন্ধ্যায় এখানে জড়ো হন, তাই ছোট একটি সেশনের জন্য জায়গাটা "
                        "ভালো। কোন ছবিটি?</p>"
                    ),
                    "en": (
                        "<p>Men often gather here in the evening, so it is a good "
                        "place for a short session. Which picture is it?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "মানুষ যখন অবসর পান, তখনকার সময় বেছে নিন: পুরুষেরা সাধারণত সন্ধ্যায় চায়ের "
                        "দোকানে জড়ো হন; নারীরা হয়তো দুপুরের আগে বা বিকেলে উঠানে বা ইউনিয়ন "
                        "ডিজিটাল সেন্টারে সুবিধা পান।"
                    ),
                    "en": (
                        "Choose a time when people are free: men often gather at tea "
                        "stalls in the evening; women may find a courtyard or the "
                        "Union Digital Centre easier in late morning or afternoon."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "চায়ের দোকান",
                            "en": "A tea stall",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: সন্ধ্যায় চায়ের দোকানে পুরুষদের পাওয়া যায়।",
                            "en": (
                                "Right: men are often at the tea stall in the evening."
                            ),
                        },
                        "picture": "shop",
                    },
                    {
                        "text": {
                            "bn": "একটি পরিবারের উঠান",
                            "en": "A family's courtyard",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "উঠান নারীদের সেশনের জন্য বেশি উপযোগী, সাধারণত দিনের বেলায়।"
                            ),
                            "en": (
                                "A courtyard suits women's sessions better, usually by "
                                "day."
                            ),
                        },
                        "picture": "house",
                    },
                    {
                        "text": {
                            "bn": "ব্যাংকের শাখা",
                            "en": "A bank branch",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "পাঠে সেশনের জায়গা হিসেবে চায়ের দোকান, উঠান বা ইউনিয়ন ডিজিটাল "
                                "সেন্টারের কথা বলা হয়েছে, ব্যাংকের নয়।"
                            ),
                            "en": (
                                "The lesson's places are a tea stall, a courtyard or "
                                "the UDC, not a bank."
                            ),
                        },
                        "picture": "bank",
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>চায়ের দোকানে মানুষ আসা-যাওয়া করেন, তাই সেখানে সেশন ছোট হয়। চায়ের "
                        "দোকানের সেশনের জন্য <b>সর্বোচ্চ</b> কত মিনিটের পরিকল্পনা করবেন?</p>"
                    ),
                    "en": (
                        "<p>People come and go at a tea stall, so sessions there are "
                        "short. What is the <b>longest</b> you should plan a tea-stall "
                        "session for, in minutes?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "চায়ের দোকানের সেশনের জন্য ৩০ থেকে ৪৫ মিনিটের পরিকল্পনা করুন। নতুন "
                        "কেউ এসে বসলে মূল বার্তাটা এক বাক্যে আবার বলুন।"
                    ),
                    "en": (
                        "Plan 30 to 45 minutes for a tea-stall session. Whenever "
                        "someone new sits down, repeat the main message in one "
                        "sentence."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "45",
                    "tolerance": "0",
                },
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>নিচের কোনগুলো পাঠে প্রস্তাবিত সেশনের নিয়ম, যা দলের সঙ্গে মিলে ঠিক "
                        "করা যায়? যতগুলো প্রযোজ্য, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which of these are ground rules the lesson suggests "
                        "agreeing with the group? Choose all that apply.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রথম পাঁচ মিনিটে দলকেই নিয়ম প্রস্তাব করতে দিন, প্রতিটি নিয়ম আবার বলে "
                        "শোনান, আর বাদ পড়া নিয়মগুলো যোগ করুন।"
                    ),
                    "en": (
                        "Let the group suggest its own rules in the first five "
                        "minutes, repeat each one back, and add any that are missing."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ফোন নীরব রাখুন।",
                            "en": "Phones on silent.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: এটি পাঠের একটি নিয়ম।",
                            "en": "Right: this is one of the rules.",
                        },
                    },
                    {
                        "text": {
                            "bn": "একসঙ্গে একজন কথা বলবেন।",
                            "en": "One person speaks at a time.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: এটি পাঠের একটি নিয়ম।",
                            "en": "Right: this is one of the rules.",
                        },
                    },
                    {
                        "text": {
                            "bn": "নিজের টাকাপয়সার কথা বলতে কেউ বাধ্য নন।",
                            "en": "Nobody has to talk about their own money.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: এটি পাঠের একটি নিয়ম।",
                            "en": "Right: this is one of the rules.",
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রত্যেককে দলের সামনে নিজের মাসিক আয় জানাতে হবে।",
                            "en": "Everyone must tell the group their monthly income.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "উল্টো: নিজের টাকাপয়সার কথা বলতে কেউ বাধ্য নন।",
                            "en": (
                                "The opposite: nobody has to talk about their own "
                                "money."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "শুধু প্রশিক্ষক প্রশ্ন করতে পারবেন।",
                            "en": "Only the trainer may ask questions.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "কোনো প্রশ্নই বোকা প্রশ্ন নয়; শিক্ষার্থীরাও নির্ভয়ে প্রশ্ন করবেন।"
                            ),
                            "en": (
                                "No question is a foolish question; learners ask "
                                "freely too."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>আপনার এলাকার অনেক নারী চায়ের দোকানে আসবেন না। আপনি কী করবেন?</p>"
                    ),
                    "en": (
                        "<p>Many women in your area will not come to a tea stall. What "
                        "should you do?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "টাকা আয় করেন প্রবাসী, কিন্তু অনেক সময় দেশে স্ত্রী, মা বা বাবা সেই টাকা গ্রহণ "
                        "করেন এবং খরচের সিদ্ধান্ত নেন। যিনি টাকা সামলান, তাঁকে তাঁর সুবিধামতো জায়গায় "
                        "ও সময়ে সেশনে আনুন।"
                    ),
                    "en": (
                        "The migrant earns the money, but very often a wife, mother or "
                        "father at home receives it and decides how it is spent. Bring "
                        "that person in, at a place and time that suits them."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "তাঁদের জন্য উঠানে বা ইউনিয়ন ডিজিটাল সেন্টারে, তাঁদের সুবিধামতো "
                                "সময়ে আলাদা সেশন করা, সম্ভব হলে নারী প্রশিক্ষক দিয়ে।"
                            ),
                            "en": (
                                "Hold separate sessions for them in a courtyard or at "
                                "the UDC, at a time that suits them, with a woman "
                                "trainer where possible."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "ঠিক: নারীরা যেখানে ও যখন আসতে পারেন, সেখানে ও তখনই সেশন "
                                "করুন।"
                            ),
                            "en": (
                                "Right: hold women's sessions where and when women can "
                                "come."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "শুধু পুরুষদের শেখানো, আর বাড়িতে গিয়ে বলে দিতে বলা।",
                            "en": (
                                "Teach only the men, and ask them to pass it on at "
                                "home."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "শুধু একজন শিখলে সংসারে সাধারণত কিছু বদলায় না।",
                            "en": (
                                "If only one person learns, little changes in the "
                                "household."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "চায়ের দোকানের সেশন আরও রাতে করা, যাতে নারীরাও আসতে পারেন।",
                            "en": (
                                "Hold the tea-stall session later at night so women "
                                "can come too."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "সময় পেছালেও চায়ের দোকান নারীদের আসার জায়গা হয়ে ওঠে না।",
                            "en": (
                                "A later hour does not make a tea stall a place women "
                                "will come."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "নারীদের বাদ দেওয়া, কারণ টাকা তো প্রবাসীই আয় করেন।",
                            "en": (
                                "Leave women out, since the migrant is the one who "
                                "earns."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "বাড়িতে যিনি টাকা সামলান, তাঁকেই সবার আগে আমন্ত্রণ জানাতে হবে।",
                            "en": (
                                "The person who manages the money at home must be "
                                "invited."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>কোনো শিক্ষার্থী টাকা নিয়ে পরিবারে নির্যাতনের কথা বললে, সবাই যাতে "
                        "শিখতে পারেন সে জন্য পুরো দলের সামনে বিষয়টি আলোচনা করা উচিত।</p>"
                    ),
                    "en": (
                        "<p>If a learner mentions violence at home over money, you "
                        "should discuss it with the whole group so that everyone can "
                        "learn from it.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "এমন কথা দলের সামনে আলোচনা করবেন না। পরে আলাদাভাবে তাঁর কথা শুনুন, আর সঠিক "
                        "সহায়তা পেতে সাহায্য করুন।"
                    ),
                    "en": (
                        "Never discuss this in front of the group. Listen privately "
                        "afterwards, and help the person reach the right support."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সত্য",
                            "en": "True",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "ঠিক নয়: এমন বিষয় কখনো দলের সামনে আলোচনা করবেন না।",
                            "en": "Not so: never discuss this in front of the group.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: পরে আলাদাভাবে কথা শুনুন এবং সহায়তার পথ দেখান।",
                            "en": (
                                "Right: listen privately later and help them find "
                                "support."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>ইউনিয়ন ডিজিটাল সেন্টারে সেশনের ধাপগুলো সঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the steps for a session at the Union Digital Centre in "
                        "the right order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে উদ্যোক্তার সঙ্গে তারিখ ঠিক করুন, এক দিন আগে যন্ত্রপাতি পরীক্ষা করুন, "
                        "পাঠ আগেই খুলে রাখুন, সেশনে দেখান-থামুন-জিজ্ঞেস করুন, আর শিক্ষার্থীরা চলে "
                        "যাওয়ার আগেই নিবন্ধন সেরে নিন। বিকল্প হিসেবে কার্ড ও খেলনা টাকা সব সময় "
                        "সঙ্গে রাখুন।"
                    ),
                    "en": (
                        "Agree the date with the entrepreneur, test the equipment a "
                        "day early, open the lesson in advance, show, stop and ask "
                        "during the session, and register learners before they leave. "
                        "Always carry cards and play money as a plan B."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "উদ্যোক্তার সঙ্গে এমন দিন ও সময় ঠিক করা, যখন সেন্টারে ভিড় কম।"
                            ),
                            "en": (
                                "Agree a day and time with the entrepreneur when the "
                                "centre is not busy."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "প্রথম কাজ: উদ্যোক্তার সঙ্গে মিলে তারিখ ঠিক করা।",
                            "en": "First: set the date together with the entrepreneur.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "এক দিন আগে কম্পিউটার, ইন্টারনেট, স্পিকার ও প্রজেক্টর পরীক্ষা করা।"
                            ),
                            "en": (
                                "A day before, check the computer, internet, speakers "
                                "and projector."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "আগের দিন পরীক্ষা করলে সমস্যা ঠিক করার সময় থাকে।",
                            "en": "Testing a day early leaves time to fix problems.",
                        },
                    },
                    {
                        "text": {
                            "bn": "যে পাঠটি দেখাবেন, সেশনের আগেই তা খুলে রাখা।",
                            "en": (
                                "Open the lesson you will show before the session "
                                "starts."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ধীর ইন্টারনেটে যেন সেশন আটকে না যায়।",
                            "en": "So a slow connection does not hold you up.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সেশন চালানো: প্রতিটি পর্দার পর থেমে দলকে একটি প্রশ্ন করা।",
                            "en": (
                                "Run the session: after each screen, stop and ask the "
                                "group a question."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "দেখান, থামুন, জিজ্ঞেস করুন; লম্বা সময় ভিডিও চালাবেন না।",
                            "en": "Show, stop, ask; do not run a video for long.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "শিক্ষার্থীরা চলে যাওয়ার আগে উদ্যোক্তাকে দিয়ে প্রত্যেকের নিবন্ধন "
                                "করানো।"
                            ),
                            "en": (
                                "Before learners leave, have the entrepreneur register "
                                "each one."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "নিবন্ধন হলে প্রত্যেকের অগ্রগতি লেখা থাকে।",
                            "en": (
                                "Registration means each learner's progress is "
                                "recorded."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "session-plans-money-at-home": {
        "slug": "session-plans-money-at-home-quiz",
        "title": {
            "bn": "কুইজ: সেশন পরিকল্পনা ১ থেকে ৩",
            "en": "Quiz: Session plans 1 to 3",
        },
        "intro": {
            "bn": (
                "এই কুইজে দেখা হবে পারিবারিক বাজেট, সঞ্চয় ও জরুরি তহবিল, এবং বৈধ পথে দেশে টাকা "
                "পাঠানোর সেশন পরিকল্পনা। পাস করতে ৬০ শতাংশ নম্বর লাগবে।"
            ),
            "en": (
                "This quiz checks the session plans for the household budget, saving "
                "and an emergency fund, and sending money home the legal way. You need "
                "60 percent to pass."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>একটি পরিবার ভেবেছিল মাস শেষে <b>৬,০০০</b> টাকা থাকবে, কিন্তু থাকল "
                        "মাত্র ৩,০০০। সেশন পরিকল্পনা ১ অনুযায়ী, এই পার্থক্যের কারণ সাধারণত কী?</p>"
                    ),
                    "en": (
                        "<p>A family expected <b>6,000</b> taka to be left at the end "
                        "of the month, but found only 3,000. According to session plan "
                        "1, what usually explains the gap?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "২০ বা ৫০ টাকার খরচও লিখে বা দাগ দিয়ে রাখলে বোঝা যায়, টাকা কোথা দিয়ে "
                        "বেরিয়ে যাচ্ছে। যাঁরা লেখেন না, তাঁরা ছবির নিচে প্রতি ১০০ টাকায় একটি করে "
                        "দাগ দিতে পারেন।"
                    ),
                    "en": (
                        "Writing down or marking every cost, even 20 or 50 taka, shows "
                        "where the money leaks away. Learners who do not write can "
                        "make one mark under a picture for each 100 taka."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "প্রতিদিনের ছোট ছোট খরচ, যেমন চা-নাশতা ও মোবাইল রিচার্জ, যা "
                                "কেউ হিসাব করেনি।"
                            ),
                            "en": (
                                "Small daily costs that nobody counted, such as tea, "
                                "snacks and phone top-ups."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: রোজকার অল্প খরচ মাস শেষে হাজার টাকায় দাঁড়ায়।",
                            "en": (
                                "Right: a little every day adds up to thousands in a "
                                "month."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "ব্যাংক রেমিট্যান্সের একটি অংশ রেখে দিয়েছে।",
                            "en": "The bank kept part of the remittance.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "উদাহরণে ব্যাংকের কোনো ভূমিকা নেই; টাকা বেরিয়েছে ছোট খরচে।",
                            "en": (
                                "The bank plays no part here; the money leaked in "
                                "small costs."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "স্কুলের বেতন হঠাৎ বেড়ে গেছে।",
                            "en": "The school suddenly raised its fees.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "স্কুলের খরচ পরিকল্পিত খরচেই ধরা ছিল।",
                            "en": "School was already part of the planned spending.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মহাজন কিস্তি বাড়িয়ে দিয়েছেন।",
                            "en": "The money lender raised the instalment.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "ঋণের কিস্তিও পরিকল্পিত খরচে ধরা ছিল।",
                            "en": (
                                "The loan instalment was already in the planned "
                                "spending."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>নাসিমা ১২ মাস ধরে প্রতি মাসে <b>৩,০০০</b> টাকা সঞ্চয়ী অ্যাকাউন্টে "
                        "রাখেন। দশম মাসে এই তহবিল থেকে <b>৫,০০০</b> টাকা দিয়ে শ্বশুরের "
                        "চিকিৎসা করানো হলো। বছর শেষে তহবিলে কত টাকা আছে?</p>"
                    ),
                    "en": (
                        "<p>Nasima puts <b>3,000</b> taka into a savings account every "
                        "month for 12 months. In the tenth month, <b>5,000</b> taka "
                        "from the fund pays for her father-in-law's treatment. How "
                        "many taka are in the fund at the end of the year?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "৩,০০০ × ১২ = ৩৬,০০০ টাকা; ৩৬,০০০ - ৫,০০০ = ৩১,০০০ টাকা। কোনো ঋণ "
                        "ছাড়াই চিকিৎসা হলো, আর পরের বিপদের জন্য টাকা রয়ে গেল।"
                    ),
                    "en": (
                        "3,000 × 12 = 36,000 taka; 36,000 - 5,000 = 31,000 taka. The "
                        "treatment was paid without a loan, and money is still there "
                        "for the next emergency."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "31000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        '<p>"আগে সঞ্চয়" খেলায় একটি দল আগে খরচ করে যা বাঁচে তা জমায়, আর অন্য '
                        "দল আগে সঞ্চয়ের খামে টাকা রাখে। খেলাটি কী দেখানোর জন্য?</p>"
                    ),
                    "en": (
                        '<p>In the "save first" game, one group spends first and '
                        "saves whatever is left; the other puts money into the saving "
                        "envelope first. What is the game meant to show?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে সঞ্চয়, তারপর খরচ। টাকা আসামাত্র একটি নির্দিষ্ট অঙ্ক আলাদা করলে, ছোট "
                        "হলেও, প্রতি মাসে তা জমে বড় হয়।"
                    ),
                    "en": (
                        "Save first, then spend. Putting a fixed amount aside as soon "
                        "as money arrives, even a small one, adds up month by month."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "আগে সঞ্চয় করে পরে খরচ করলে বেশি জমে।",
                            "en": "Saving first and spending after leaves more saved.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: শেষে যা বাঁচে, তা প্রায়ই কিছুই থাকে না।",
                            "en": "Right: what is left at the end is often nothing.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সঞ্চয় শুধু বড় রেমিট্যান্স পাওয়া পরিবারের পক্ষেই সম্ভব।",
                            "en": "Only families with a large remittance can save.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "প্রতি মাসে অল্প অল্প জমালেও তা বড় হয়।",
                            "en": "Small amounts saved every month add up.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সঞ্চয় আগে না পরে, তাতে কিছু যায় আসে না।",
                            "en": (
                                "It makes no difference whether you save first or last."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "খেলাটির ফলাফলই দেখায় যে ক্রমটা গুরুত্বপূর্ণ।",
                            "en": "The game's results show that the order matters.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মাস শেষে যা বাঁচে, শুধু সেটাই সঞ্চয় করা উচিত।",
                            "en": (
                                "You should save only what is left at the end of the "
                                "month."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "উল্টো: সঞ্চয়ের টাকা আগে সরিয়ে রাখুন।",
                            "en": "The opposite: put the saving aside first.",
                        },
                    },
                ],
            },
            {
                "kind": "picture",
                "stem": {
                    "bn": (
                        "<p>সঞ্চয় কোথায় রাখা নিরাপদ? পাঠে যে নিরাপদ, বৈধ প্রতিষ্ঠানের কথা বলা "
                        "হয়েছে, তার ছবি বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Where are savings safe? Choose the picture of the safe, "
                        "formal place the lesson recommends.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "সঞ্চয় রাখুন ব্যাংক অ্যাকাউন্টে, ব্যাংকের সঞ্চয় প্রকল্পে বা মোবাইল অ্যাকাউন্টে; "
                        "বাড়িতে নগদ রাখা বা আত্মীয়কে ধার দেওয়ার চেয়ে তা নিরাপদ।"
                    ),
                    "en": (
                        "Keep savings in a bank account, a bank savings scheme or a "
                        "mobile account; that is safer than cash at home or loans to "
                        "relatives."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ব্যাংক",
                            "en": "A bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: ব্যাংক একটি নিরাপদ, বৈধ প্রতিষ্ঠান।",
                            "en": "Right: a bank is a safe, formal place.",
                        },
                        "picture": "bank",
                    },
                    {
                        "text": {
                            "bn": "বাড়িতে খামে রাখা নগদ টাকা",
                            "en": "Cash in an envelope at home",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "ঘরে রাখা নগদ সহজেই খরচ হয়ে যায় বা হারিয়ে যায়।",
                            "en": "Cash at home is easily spent or lost.",
                        },
                        "picture": "cash_envelope",
                    },
                    {
                        "text": {
                            "bn": "তালা দেওয়া ট্রাংকে রাখা নগদ টাকা",
                            "en": "Cash in a locked trunk at home",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "তালা থাকলেও এটি ঘরে রাখা নগদই; বৈধ প্রতিষ্ঠান নয়।",
                            "en": (
                                "Locked or not, this is still cash at home, not a "
                                "formal place."
                            ),
                        },
                        "picture": "padlock",
                    },
                    {
                        "text": {
                            "bn": "তোশকের নিচে, বাড়িতে",
                            "en": "Under the mattress at home",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "পাঠে স্পষ্ট বলা আছে: সঞ্চয় তোশকের নিচে নয়।",
                            "en": "The lesson says it plainly: not under the mattress.",
                        },
                        "picture": "house",
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>নিচের কোনগুলো দেশে টাকা পাঠানোর বৈধ পথ? যতগুলো প্রযোজ্য, সবগুলো "
                        "বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which of these are formal (legal) channels for sending "
                        "money home? Choose all that apply.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ব্যাংক, লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার প্রতিষ্ঠান বা মোবাইল ফাইন্যান্সিয়াল সার্ভিসে "
                        "পাঠানো প্রতিটি লেনদেনের রসিদ থাকে, খোঁজ নেওয়া যায়, আর সরকারি প্রণোদনা "
                        "মেলে।"
                    ),
                    "en": (
                        "Every transfer through a bank, a licensed money-transfer "
                        "company or a mobile financial service has a receipt, can be "
                        "traced, and earns the government incentive."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ব্যাংক",
                            "en": "A bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: ব্যাংক একটি বৈধ পথ।",
                            "en": "Right: a bank is a formal channel.",
                        },
                    },
                    {
                        "text": {
                            "bn": "লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার প্রতিষ্ঠান",
                            "en": "A licensed money-transfer company",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: লাইসেন্স থাকা প্রতিষ্ঠান বৈধ পথ।",
                            "en": "Right: a licensed company is a formal channel.",
                        },
                    },
                    {
                        "text": {
                            "bn": "বিকাশ, নগদ বা রকেটের মতো মোবাইল ফাইন্যান্সিয়াল সার্ভিস",
                            "en": (
                                "A mobile financial service such as bKash, Nagad or "
                                "Rocket"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: মোবাইল ফাইন্যান্সিয়াল সার্ভিসও বৈধ পথ।",
                            "en": (
                                "Right: a mobile financial service is a formal channel "
                                "too."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "বাড়িতে এসে নগদ দিয়ে যাওয়া হুন্ডির লোক",
                            "en": "A hundi agent who brings cash to the door",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "হুন্ডি অবৈধ: রসিদ নেই, সুরক্ষা নেই, প্রণোদনাও নেই।",
                            "en": (
                                "Hundi is illegal: no receipt, no protection and no "
                                "incentive."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>সেশন পরিকল্পনা ২ অনুযায়ী, ধাপে ধাপে প্রায় তিন মাসের মৌলিক খরচের সমান "
                        "একটি জরুরি তহবিল গড়ার লক্ষ্য রাখা উচিত।</p>"
                    ),
                    "en": (
                        "<p>According to session plan 2, families should aim, step by "
                        "step, for an emergency fund worth about three months of basic "
                        "costs.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রায় তিন মাসের মৌলিক খরচের সমান জরুরি তহবিল থাকলে অসুখ বা রেমিট্যান্স "
                        "দেরিতে আসার মতো বিপদে মহাজনের কাছে যেতে হয় না।"
                    ),
                    "en": (
                        "An emergency fund worth about three months of basic costs "
                        "means that an illness or a late remittance does not send the "
                        "family to the money lender."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সত্য",
                            "en": "True",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "ঠিক: অল্প অল্প করে তিন মাসের মৌলিক খরচের সমান তহবিল গড়ুন।"
                            ),
                            "en": (
                                "Right: build up, bit by bit, about three months of "
                                "basic costs."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "আসলে এটি সত্য: পাঠে প্রায় তিন মাসের খরচের লক্ষ্যই রাখতে বলা "
                                "হয়েছে।"
                            ),
                            "en": (
                                "It is true: the lesson sets about three months of "
                                "costs as the aim."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "session-plans-accounts-business-safety": {
        "slug": "session-plans-accounts-business-safety-quiz",
        "title": {
            "bn": "কুইজ: সেশন পরিকল্পনা ৪ থেকে ৬",
            "en": "Quiz: Session plans 4 to 6",
        },
        "intro": {
            "bn": (
                "এই কুইজে দেখা হবে ব্যাংক ও মোবাইল অ্যাকাউন্ট, ছোট ব্যবসায় প্রবাসী আয়ের ব্যবহার, এবং "
                "প্রতারণা ও ঋণের ফাঁদ এড়ানোর সেশন পরিকল্পনা। পাস করতে ৬০ শতাংশ নম্বর লাগবে।"
            ),
            "en": (
                "This quiz checks the session plans for bank and mobile accounts, "
                "using remittance in a small business, and avoiding fraud and debt "
                "traps. You need 60 percent to pass."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>অভিনয়ে একজন ফোন করে বলে, সে মোবাইল কোম্পানি থেকে বলছে, ভুল করে "
                        "আপনার অ্যাকাউন্টে টাকা চলে গেছে, আর পিন নম্বর চায়। শিক্ষার্থীর কী করা "
                        "উচিত?</p>"
                    ),
                    "en": (
                        "<p>In the role play, a caller says he is from the mobile "
                        "company, that money was sent to your account by mistake, and "
                        "asks for your PIN. What should the learner do?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "পিন বা মেসেজে আসা কোড কখনো কাউকে বলবেন না; কোম্পানির কর্মীরা কখনো "
                        "এগুলো চান না। ফোন কেটে দিন, নিজেই ব্যালান্স দেখুন।"
                    ),
                    "en": (
                        "Never tell anyone your PIN or a code sent by message; company "
                        "staff never ask for them. Hang up and check the balance "
                        "yourself."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "ফোন কেটে দেওয়া, নিজে ব্যালান্স দেখা, আর সন্দেহ হলে সেবাদাতার "
                                "নিজস্ব অফিস বা এজেন্টের কাছে যাওয়া।"
                            ),
                            "en": (
                                "Hang up, check the balance yourself, and if in doubt "
                                "go to the provider's own office or agent."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: এটি একটি পরিচিত প্রতারণা।",
                            "en": "Right: this is a common trick.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "পিন বলে দেওয়া, কারণ তিনি কোম্পানির লোক বলে পরিচয় দিয়েছেন।"
                            ),
                            "en": (
                                "Give the PIN, since he says he works for the company."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "কোম্পানির কর্মীরা কখনো পিন চান না।",
                            "en": "Company staff never ask for a PIN.",
                        },
                    },
                    {
                        "text": {
                            "bn": "পিন নয়, শুধু মেসেজে আসা কোডটা বলে দেওয়া।",
                            "en": (
                                "Give only the code that came by message, not the PIN."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "মেসেজে আসা কোডও পিনের মতোই গোপন রাখতে হয়।",
                            "en": "A code sent by message is as secret as the PIN.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                'তিনি যে নম্বর দেন, সেখানে "ভুলে আসা" টাকা ফেরত পাঠিয়ে দেওয়া।'
                            ),
                            "en": (
                                'Send the "mistaken" money back to the number he gives.'
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "আগে নিজে ব্যালান্স দেখুন; এই গল্পটাই প্রতারণার ফাঁদ।",
                            "en": (
                                "Check the balance yourself first; the story is the "
                                "trick."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>জামালের গাভী দিনে <b>৭</b> লিটার দুধ দেয়, তিনি প্রতি লিটার "
                        "<b>৬০</b> টাকায় বিক্রি করেন, ৩০ দিন ধরে। মাসের খরচ: দানাদার খাবার, খড় "
                        "ও ঘাস ৬,৫০০; পশু চিকিৎসক ও ওষুধ ৭০০; অন্যান্য ৪০০। মাসে তাঁর লাভ কত "
                        "টাকা?</p>"
                    ),
                    "en": (
                        "<p>Jamal's cow gives <b>7</b> litres of milk a day, which he "
                        "sells at <b>60</b> taka a litre, for 30 days. His costs for "
                        "the month: feed, straw and grass 6,500; vet and medicine 700; "
                        "other costs 400. What is his profit for the month, in "
                        "taka?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "দুধ বিক্রি: ৭ × ৩০ × ৬০ = ১২,৬০০ টাকা। খরচ: ৬,৫০০ + ৭০০ + ৪০০ = "
                        "৭,৬০০ টাকা। লাভ: ১২,৬০০ - ৭,৬০০ = ৫,০০০ টাকা, নিজের শ্রমের দাম বাদ "
                        "দিয়ে। এগুলো উদাহরণের সংখ্যা; সেশনে নিজের এলাকার দাম ব্যবহার করুন।"
                    ),
                    "en": (
                        "Milk sold: 7 × 30 × 60 = 12,600 taka. Costs: 6,500 + 700 + "
                        "400 = 7,600 taka. Profit: 12,600 - 7,600 = 5,000 taka, before "
                        "paying for his own time. These are example numbers; use local "
                        "prices in your session."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "5000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "picture",
                "stem": {
                    "bn": (
                        "<p>সেশন পরিকল্পনা ৫-এর উদাহরণে জামাল কুয়েত থেকে ফিরে কী কিনে আয় শুরু "
                        "করেছেন? সেই ব্যবসার ছবির কার্ডটি বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>In the example in session plan 5, what did Jamal buy to "
                        "start earning after coming back from Kuwait? Choose that "
                        "business's picture card.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "জামাল একটি দুধের গাভী কিনেছেন। যেকোনো ব্যবসায় টাকা খাটানোর আগে এমনভাবে "
                        "এক মাসের আয় ও খরচের হিসাব করে দেখুন, আর ঝুঁকির কথাও ভাবুন।"
                    ),
                    "en": (
                        "Jamal bought a dairy cow. Before putting money into any "
                        "business, work out one month of income and costs like this, "
                        "and think about the risks."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "দুধের গাভী",
                            "en": "A dairy cow",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: গাভীর দুধ বিক্রি করে তিনি আয় করেন।",
                            "en": "Right: he earns by selling her milk.",
                        },
                        "picture": "cow",
                    },
                    {
                        "text": {
                            "bn": "মুদি দোকান",
                            "en": "A grocery shop",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "মুদি দোকান ব্যবসার কার্ডগুলোর একটি, কিন্তু জামাল গাভী কিনেছেন।",
                            "en": (
                                "A grocery shop is one of the cards, but Jamal bought "
                                "a cow."
                            ),
                        },
                        "picture": "shop",
                    },
                    {
                        "text": {
                            "bn": "মোবাইল মেরামত",
                            "en": "Phone repair",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "মোবাইল মেরামত আরেকটি কার্ড, জামালের ব্যবসা নয়।",
                            "en": "Phone repair is another card, not Jamal's business.",
                        },
                        "picture": "mobile_phone",
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>ছোট ব্যবসা শুরু নিয়ে নিচের কোন পরামর্শগুলো সেশন পরিকল্পনা ৫-এর? "
                        "যতগুলো প্রযোজ্য, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which of these pieces of advice on starting a small "
                        "business come from session plan 5? Choose all that apply.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ছোট থেকে শুরু করুন, ব্যবসার টাকা সংসারের টাকা থেকে আলাদা রাখুন, সব সঞ্চয় "
                        "একটি ব্যবসায় ঢালবেন না, আর ঋণ নেওয়ার আগে পরামর্শ নিন।"
                    ),
                    "en": (
                        "Start small, keep business money separate from household "
                        "money, do not put all your savings into one business, and get "
                        "advice before you borrow."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "যে দক্ষতা আগে থেকেই আছে, তা দিয়ে ছোট থেকে শুরু করা।",
                            "en": "Start small, with a skill you already have.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: কাঠমিস্ত্রির গল্পও তা-ই দেখায়।",
                            "en": "Right: the carpenter's story shows just that.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ব্যবসার টাকা সংসারের টাকা থেকে আলাদা রাখা।",
                            "en": "Keep business money separate from household money.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: না হলে ব্যবসার আসল লাভ বোঝা যায় না।",
                            "en": (
                                "Right: otherwise you cannot see the business's real "
                                "profit."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "ঠিক ততটুকুই ঋণ নেওয়া, যতটা ব্যবসা থেকে শোধ করা যাবে।",
                            "en": "Borrow only what the business can repay.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: ব্যবসার আয় থেকেই কিস্তি আসতে হবে।",
                            "en": "Right: the instalments must come from the business.",
                        },
                    },
                    {
                        "text": {
                            "bn": "তাড়াতাড়ি বড় করতে সব সঞ্চয় একটি ব্যবসায় ঢেলে দেওয়া।",
                            "en": (
                                "Put all your savings into one business so it grows "
                                "faster."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "সব সঞ্চয় একটি ব্যবসায় ঢালবেন না।",
                            "en": "Do not put all your savings into one business.",
                        },
                    },
                    {
                        "text": {
                            "bn": "আগে ঋণ নেওয়া, পরামর্শ পরে।",
                            "en": "Borrow first and get advice later.",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "উল্টো: ঋণ নেওয়ার আগেই পরামর্শ নিন।",
                            "en": "The opposite: get advice before you borrow.",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>প্রবাসী কর্মী ওয়েজ আর্নার্স কল্যাণ বোর্ডে নিবন্ধিত থাকলে বিপদে পড়লে "
                        "পরিবার সহায়তা পেতে পারে।</p>"
                    ),
                    "en": (
                        "<p>If the migrant worker is registered with the Wage Earners' "
                        "Welfare Board, the family can get support if something goes "
                        "wrong.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ওয়েজ আর্নার্স কল্যাণ বোর্ড নিবন্ধিত প্রবাসী কর্মী ও তাঁদের পরিবারকে সহায়তা "
                        "দেয়, যেমন বিদেশে মৃত্যু হলে ক্ষতিপূরণ, চিকিৎসা সহায়তা ও সন্তানদের "
                        "শিক্ষাবৃত্তি। তাই নিবন্ধন হয়েছে কি না নিশ্চিত করুন।"
                    ),
                    "en": (
                        "The Wage Earners' Welfare Board supports registered migrant "
                        "workers and their families, for example with compensation if "
                        "a worker dies abroad, medical aid and scholarships for "
                        "children. So make sure the migrant is registered."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সত্য",
                            "en": "True",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: নিবন্ধিত কর্মীর পরিবার বোর্ডের সহায়তা পেতে পারে।",
                            "en": (
                                "Right: the family of a registered worker can get the "
                                "board's support."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "আসলে এটি সত্য: বোর্ডের সেবা নিবন্ধিত কর্মী ও পরিবারের জন্য।"
                            ),
                            "en": (
                                "It is true: the board serves registered workers and "
                                "their families."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>একজন শিক্ষার্থী রিক্রুটিং এজেন্সির এক দালালের কাছে প্রতারিত হয়েছেন। "
                        "সেশন পরিকল্পনা ৬ অনুযায়ী, এজেন্সি বা দালালের বিরুদ্ধে অভিযোগ কোথায় "
                        "করবেন?</p>"
                    ),
                    "en": (
                        "<p>A learner was cheated by a broker working for a recruiting "
                        "agency. According to session plan 6, where can they complain "
                        "about the agency or broker?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "রিক্রুটিং এজেন্সি বা দালালের বিরুদ্ধে অভিযোগ করা যায় জেলা কর্মসংস্থান ও "
                        "জনশক্তি অফিসে, আর প্রতারণার বিষয়ে পুলিশের কাছে। আপনি শুধু সঠিক অফিসে "
                        "পৌঁছাতে সাহায্য করুন; টাকা ফেরতের প্রতিশ্রুতি দেবেন না।"
                    ),
                    "en": (
                        "Complaints about recruiting agencies or brokers go to the "
                        "District Employment and Manpower Office, and fraud can be "
                        "reported to the police. Help the person reach the right "
                        "office, but do not promise the money will come back."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "জেলা কর্মসংস্থান ও জনশক্তি অফিস",
                            "en": "The District Employment and Manpower Office",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: এজেন্সি ও দালালের বিরুদ্ধে অভিযোগ এখানেই।",
                            "en": (
                                "Right: complaints about agencies and brokers go here."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রবাসী কল্যাণ ব্যাংক",
                            "en": "Probashi Kallyan Bank",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "এই ব্যাংক প্রবাসী ও বিদেশফেরতদের ঋণ দেয়; অভিযোগ যায় জেলা "
                                "অফিসে।"
                            ),
                            "en": (
                                "This bank lends to migrants and returnees; complaints "
                                "go to the district office."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "কোথাও না, দালালকে দেওয়া টাকা নিয়ে কিছুই করার নেই।",
                            "en": (
                                "Nowhere: nothing can be done about money paid to a "
                                "broker."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "অভিযোগ করার জায়গা আছে; শিক্ষার্থীকে সেখানে পৌঁছাতে সাহায্য করুন।",
                            "en": (
                                "There is somewhere to complain; help the learner get "
                                "there."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "budget-exercise-and-hard-questions": {
        "slug": "budget-exercise-and-hard-questions-quiz",
        "title": {
            "bn": "কুইজ: বাজেট অনুশীলন ও কঠিন প্রশ্ন",
            "en": "Quiz: The budget exercise and hard questions",
        },
        "intro": {
            "bn": (
                "এই কুইজে দেখা হবে পারিবারিক বাজেট অনুশীলন কীভাবে চালাবেন, আর ঋণ, মহাজন ও হুন্ডি "
                "নিয়ে কঠিন প্রশ্নের উত্তর কীভাবে দেবেন। পাস করতে ৬০ শতাংশ নম্বর লাগবে।"
            ),
            "en": (
                "This quiz checks how to run the household budget exercise and how to "
                "answer hard questions about loans, money lenders and hundi. You need "
                "60 percent to pass."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>পারিবারিক বাজেট অনুশীলনের ধাপগুলো সঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the steps of the household budget exercise in the "
                        "right order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে প্রয়োজন, তারপর সঞ্চয়, তারপর বাকি সব। সঞ্চয়ের কার্ডে আগেভাগে টাকা "
                        "রাখতে হয়; শেষে যা বাঁচে, সেটা সঞ্চয় নয়।"
                    ),
                    "en": (
                        "Needs first, then saving, then everything else. Saving is a "
                        "card you fill early, not whatever happens to be left."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "এই মাসে যা আসবে, রেমিট্যান্স ও স্থানীয় আয়, সব গুনে এক স্তূপে রাখা।"
                            ),
                            "en": (
                                "Count all the money coming in this month, remittance "
                                "and local income, into one pile."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "প্রথমে জানতে হবে হাতে মোট কত আছে।",
                            "en": "First, know how much there is in total.",
                        },
                    },
                    {
                        "text": {
                            "bn": "খাবার, স্কুল, ওষুধ আর ঋণের কিস্তির কার্ডে টাকা রাখা।",
                            "en": (
                                "Put money on the food, school, medicine and loan "
                                "instalment cards."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "আগে প্রয়োজন মেটাতে হয়।",
                            "en": "Needs come first.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সঞ্চয়ের কার্ডে টাকা রাখা।",
                            "en": "Put money on the saving card.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "প্রয়োজনের পরপরই সঞ্চয়, একেবারে শেষে নয়।",
                            "en": (
                                "Saving comes right after needs, not at the very end."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "বাকি টাকা গোনা; খুব কম থাকলে জিজ্ঞেস করা, কোন কার্ডে কম দেওয়া যায়।"
                            ),
                            "en": (
                                "Count what is left; if too little, ask which card can "
                                "take less."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "বাকি দেখে তবেই ঠিক করা যায়, কোথায় কমাতে হবে।",
                            "en": "Only then can the family see where to cut.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "চার্ট পেপারে প্রতিটি কার্ডের জন্য দণ্ড আঁকা, যা পরিবার বাড়ি নিয়ে "
                                "যাবে।"
                            ),
                            "en": (
                                "Draw a bar for each card on chart paper for the "
                                "family to take home."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "দণ্ড এঁকে দেখালে বাজেট সহজে চোখে পড়ে, মনেও থাকে।",
                            "en": (
                                "Drawing bars makes the budget easy to see and "
                                "remember."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>সালমার পরিবারের আয়: রেমিট্যান্স <b>৩৫,০০০</b> টাকা আর ডিম বিক্রি "
                        "৩,০০০। খরচ: খাবার ১৪,০০০; বিদ্যুৎ, জ্বালানি ও ফোন ২,৫০০; স্কুল ৪,০০০; "
                        "ওষুধ ১,৫০০; ঋণের কিস্তি ৬,০০০; সঞ্চয় ৫,০০০; সামাজিক ও উৎসবের খরচ "
                        "২,০০০। হঠাৎ খরচের জন্য কত টাকা রইল?</p>"
                    ),
                    "en": (
                        "<p>Salma's family has a remittance of <b>35,000</b> taka and "
                        "3,000 from selling eggs. They spend: food 14,000; "
                        "electricity, fuel and phone 2,500; school 4,000; medicine "
                        "1,500; loan instalment 6,000; saving 5,000; social and "
                        "festival costs 2,000. How many taka are left for the "
                        "unexpected?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আয়: ৩৫,০০০ + ৩,০০০ = ৩৮,০০০ টাকা। সঞ্চয়সহ খরচ: ৩৫,০০০ টাকা। বাকি: "
                        "৩,০০০ টাকা। পরিবারটি সঞ্চয়ও করছে, আবার হঠাৎ খরচের জন্য কিছু হাতেও রাখছে।"
                    ),
                    "en": (
                        "Money in: 35,000 + 3,000 = 38,000 taka. Money out, saving "
                        "included: 35,000 taka. Left: 3,000 taka. The family saves and "
                        "still keeps something for surprises."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "3000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>একজন মহাজন <b>৫০,০০০</b> টাকা দিলেন আর সুদ হিসেবে মাসে ৪,০০০ টাকা "
                        "চাইলেন। মূল ৫০,০০০ টাকা ফেরত দিতে পরিবারটির ১৫ মাস লাগল। সুদসহ সব "
                        "মিলিয়ে পরিবারটি কত টাকা ফেরত দিল? (এগুলো উদাহরণের সংখ্যা, আসল কোনো "
                        "হার নয়।)</p>"
                    ),
                    "en": (
                        "<p>A money lender gives <b>50,000</b> taka and asks 4,000 "
                        "taka a month as interest. The family takes 15 months to pay "
                        "back the 50,000. How many taka do they pay back in total, "
                        "interest included? (Example numbers, not a real rate.)</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "সুদ: ৪,০০০ × ১৫ = ৬০,০০০ টাকা। সঙ্গে মূল ৫০,০০০ যোগ করলে ১,১০,০০০ "
                        "টাকা। শুধু মাসিক কিস্তি নয়, সব মিলিয়ে কত ফেরত দিতে হবে, সব সময় তা "
                        "হিসাব করুন।"
                    ),
                    "en": (
                        "Interest: 4,000 × 15 = 60,000 taka. Add the 50,000 borrowed: "
                        "110,000 taka. Always work out the total to be paid back, not "
                        "only the monthly amount."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "110000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>ব্যাংকের রেটে ৩০,০০০ টাকার সমান অর্থ বৈধ পথে এলে সঙ্গে ২.৫ শতাংশ "
                        "প্রণোদনা মেলে (এই লেখার সময়ের হার)। হুন্ডির লোক ৩০,৪০০ টাকা দেওয়ার কথা "
                        "বলছে। বৈধ পথে পরিবার প্রতি মাসে কত টাকা বেশি পায়?</p>"
                    ),
                    "en": (
                        "<p>Money worth 30,000 taka at the bank's rate comes the legal "
                        "way, with a 2.5 percent incentive (the rate at the time of "
                        "writing). A hundi agent promises 30,400 taka. How much more "
                        "does the family get each month the legal way?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "বৈধ পথে পরিবার পায় ৩০,০০০ + ৭৫০ = ৩০,৭৫০ টাকা, হুন্ডির প্রতিশ্রুতির "
                        "চেয়ে মাসে ৩৫০ আর বছরে ৪,২০০ টাকা বেশি, সঙ্গে রসিদ ও সুরক্ষা। প্রণোদনার "
                        "হার সরকার বদলাতে পারে, তাই প্রতিটি সেশনের আগে ব্যাংক থেকে বর্তমান হার "
                        "জেনে নিন।"
                    ),
                    "en": (
                        "The legal way gives 30,000 + 750 = 30,750 taka: 350 more a "
                        "month than the hundi promise, or 4,200 a year, with a receipt "
                        "and protection. The government can change the incentive, so "
                        "check the current rate with a bank before every session."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "৩৫০ টাকা",
                            "en": "350 taka",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: ৩০,৭৫০ - ৩০,৪০০ = ৩৫০ টাকা।",
                            "en": "Right: 30,750 - 30,400 = 350 taka.",
                        },
                    },
                    {
                        "text": {
                            "bn": "৪০০ টাকা",
                            "en": "400 taka",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "এটি ৩০,০০০-এর ওপর হুন্ডির বাড়তি; প্রণোদনার ৭৫০ টাকাও ধরতে "
                                "হবে।"
                            ),
                            "en": (
                                "That is hundi's extra over 30,000; count the 750 "
                                "incentive too."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "৭৫০ টাকা",
                            "en": "750 taka",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "এটি শুধু প্রণোদনা; তুলনা করুন ৩০,৭৫০ আর ৩০,৪০০।",
                            "en": (
                                "That is the incentive alone; compare 30,750 with "
                                "30,400."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "৪,২০০ টাকা",
                            "en": "4,200 taka",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "এটি পুরো বছরের পার্থক্য (৩৫০ × ১২), মাসের নয়।",
                            "en": (
                                "That is the difference for a whole year (350 × 12), "
                                "not a month."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>কোনো শিক্ষার্থী ঋণের খরচ জানতে চাইলে সময় বাঁচাতে প্রশিক্ষক মুখস্থ থেকে "
                        "সুদের হার বলে দেবেন।</p>"
                    ),
                    "en": (
                        "<p>When a learner asks what a loan will cost, the trainer "
                        "should quote the interest rate from memory to save time.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        'মুখস্থ থেকে বা আন্দাজে কখনো সুদের হার বলবেন না। বলুন, "চলুন, ব্যাংকে '
                        'জিজ্ঞেস করি," আর প্রশ্নগুলো গুছিয়ে নিতে সাহায্য করুন: মাসে কত, কত মাস '
                        "ধরে, আর সব মিলিয়ে কত।"
                    ),
                    "en": (
                        "Never give interest rates from memory or by guessing. Say, "
                        '"Let\'s ask the bank," and help the learner prepare the '
                        "questions: how much each month, for how many months, and how "
                        "much in total."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সত্য",
                            "en": "True",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "ঠিক নয়: হার বদলায়; ব্যাংকে জিজ্ঞেস করতে বলুন।",
                            "en": (
                                "Not so: rates change; send the learner to ask the "
                                "bank."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: হার আন্দাজ না করে ব্যাংকে জিজ্ঞেস করতে সাহায্য করুন।",
                            "en": "Right: don't guess; help them ask the bank.",
                        },
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>একজন শিক্ষার্থী বলছেন, হুন্ডিতে লাভ বেশি। নিচের কোনগুলো হুন্ডির আসল "
                        "দাম, যা আপনি বুঝিয়ে বলবেন? যতগুলো প্রযোজ্য, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>A learner says hundi pays better. Which of these are real "
                        "costs of hundi that you should explain? Choose all that "
                        "apply.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে মেনে নিন যে হুন্ডির কিছু সত্যিকারের সুবিধা আছে, তারপর এর আসল দাম "
                        "দেখান: রসিদ নেই, সুরক্ষা নেই, টাকা উধাও হতে পারে, প্রণোদনা নেই, রেকর্ডও "
                        "নেই।"
                    ),
                    "en": (
                        "First agree that hundi has real conveniences, then show its "
                        "real cost: no receipt, no protection, money that can vanish, "
                        "no incentive and no record."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "টাকা যে পাঠানো হয়েছিল, তার কোনো রসিদ বা প্রমাণ থাকে না।",
                            "en": (
                                "There is no receipt to prove the money was ever sent."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: রসিদ নেই, প্রমাণও নেই।",
                            "en": "Right: no receipt, no proof.",
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "হুন্ডি অবৈধ, তাই হুন্ডির লোক উধাও হলে অভিযোগ করার মতো কোনো "
                                "প্রতিষ্ঠান থাকে না।"
                            ),
                            "en": (
                                "Hundi is illegal, so if the agent disappears there is "
                                "no company to complain to."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: টাকা ফেরত পাওয়ার আশাও প্রায় থাকে না।",
                            "en": (
                                "Right: there is little hope of getting the money back."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "হুন্ডিতে আসা টাকায় সরকারি প্রণোদনা মেলে না।",
                            "en": (
                                "Money that comes through hundi earns no government "
                                "incentive."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক: প্রণোদনা মেলে শুধু বৈধ পথে পাঠানো টাকায়।",
                            "en": (
                                "Right: only money sent the legal way earns the "
                                "incentive."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "হুন্ডির টাকা একটি রেকর্ড রেখে যায়, যা পরে ঋণের আবেদনে কাজে "
                                "লাগে।"
                            ),
                            "en": (
                                "Hundi money leaves a record that helps later with a "
                                "loan application."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "উল্টো: রেকর্ড থাকে শুধু ব্যাংক বা মোবাইল অ্যাকাউন্টে টাকা এলে।",
                            "en": (
                                "The opposite: only bank or mobile account money "
                                "leaves a record."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": (
                                "হুন্ডির লোক সাধারণত প্রতি রিয়াল বা ডলারে ব্যাংকের চেয়ে কম টাকা "
                                "দেয়।"
                            ),
                            "en": (
                                "The hundi agent usually gives fewer taka per riyal or "
                                "dollar than the bank."
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "সাধারণত কয়েক টাকা বেশিই দেয়; সে কারণেই হুন্ডি সস্তা মনে হয়।",
                            "en": (
                                "He usually gives a few taka more; that is why hundi "
                                "looks cheaper."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
