"""Demo content: the Training of Trainers course for field organisers.

Plain bilingual data (Bangla first, English alongside) that the demo loader turns
into Wagtail pages. Every lesson's ``bn`` and ``en`` bodies hold the same blocks in
the same order. Money amounts are whole taka as ASCII digit strings; rates that
change (the remittance incentive, interest) are given as "at the time of writing"
or left for learners to ask the bank about.
"""

COURSE = {
    "slug": "training-of-trainers",
    "audience": "trainers",
    "estimated_minutes": 185,
    "title": {
        "bn": "প্রশিক্ষকদের প্রশিক্ষণ: আর্থিক সাক্ষরতা ও রেমিট্যান্স ব্যবস্থাপনা",
        "en": "Training of Trainers: Financial Literacy and Remittance Management",
    },
    "summary": {
        "bn": (
            "মাঠ সংগঠকদের জন্য, যাঁরা বিদেশফেরত ও সম্ভাব্য অভিবাসী এবং তাঁদের পরিবারের "
            "সদস্যদের নিয়ে আর্থিক সাক্ষরতার সেশন পরিচালনা করবেন। এতে আছে: "
            "প্রাপ্তবয়স্করা কীভাবে শেখেন; চায়ের দোকান, উঠান বা ইউনিয়ন ডিজিটাল "
            "সেন্টারে সেশন পরিচালনা; শিক্ষার্থীদের ছয়টি মডিউলের প্রতিটির সেশন "
            "পরিকল্পনা; পারিবারিক বাজেট অনুশীলন; আর ঋণ, মহাজন ও হুন্ডি নিয়ে কঠিন "
            "প্রশ্নের উত্তর।"
        ),
        "en": (
            "For field organisers who run financial-literacy sessions for returnee and "
            "aspirant migrants and their families. It covers how adults learn; running "
            "a session in a tea stall, courtyard or Union Digital Centre; a ready plan "
            "for each of the six learner modules; the household budget exercise; and "
            "answering hard questions about loans, money lenders and hundi."
        ),
    },
    "modules": [
        {
            "slug": "how-adults-learn",
            "title": {
                "bn": "প্রাপ্তবয়স্করা কীভাবে শেখেন",
                "en": "How adults learn",
            },
            "summary": {
                "bn": (
                    "প্রাপ্তবয়স্করা সবচেয়ে ভালো শেখেন যখন তাঁদের অভিজ্ঞতাকে সম্মান "
                    "করা হয়, যখন তাঁরা ছোট ছোট সেশনে হাতেকলমে কাজ করে শেখেন, আর যাঁরা "
                    "কম পড়তে পারেন তাঁরা শেখেন ছবি, গল্প ও অভিনয়ের মাধ্যমে।"
                ),
                "en": (
                    "Adults learn best when their experience is respected and when "
                    "they learn by doing in short sessions; those who read little "
                    "learn through pictures, stories and role play."
                ),
            },
            "lessons": [
                {
                    "slug": "respect-experience",
                    "title": {
                        "bn": "শিক্ষার্থীরা যা জানেন, সেখান থেকে শুরু করুন",
                        "en": "Start from what learners already know",
                    },
                    "summary": {
                        "bn": (
                            "শিক্ষার্থীদের অভিজ্ঞ মানুষ হিসেবে দেখুন: বলার আগে জিজ্ঞেস "
                            "করুন, আর তাঁদের নিজেদের টাকাপয়সার গল্পের ওপর ভিত্তি করে "
                            "শেখান।"
                        ),
                        "en": (
                            "Treat learners as experienced adults: ask before you "
                            "tell, and build on their own money stories."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "প্রত্যেক শিক্ষার্থীই টাকাপয়সা সামলান",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>যে মানুষটি ছয় বছর সৌদি আরবে কাজ করেছেন, তিনি "
                                    "দেশে টাকা পাঠিয়েছেন, মালিকের সঙ্গে দরদাম করেছেন, "
                                    "ঋণ নিয়েছেন এবং শোধও করেছেন। যে মা প্রবাসী আয়ে "
                                    "সংসার চালান, তিনি প্রতি মাসে ঠিক করেন চাল, "
                                    "স্কুলের বেতন আর ওষুধের মধ্যে কোনটা আগে। এই "
                                    "শিক্ষার্থীরা খালি কলসি নন যে তাঁদের ভরে দিতে হবে। "
                                    "আপনার কাজ হলো তাঁরা যা জানেন তা বের করে আনা, যা "
                                    "জানেন না তা যোগ করা, আর ভুল হলে নরমভাবে শুধরে "
                                    "দেওয়া।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>সেশনে কীভাবে সম্মান দেখাবেন:</p><ul><li>বয়স "
                                    "যা-ই হোক, প্রত্যেককে আন্তরিকভাবে শুভেচ্ছা জানান "
                                    'এবং সবাইকে "আপনি" বলে সম্বোধন '
                                    'করুন।</li><li>বলার আগে জিজ্ঞেস করুন: "বিদেশ থেকে '
                                    "টাকা এলে আপনারা প্রথমে কোন খরচটা "
                                    'করেন?"</li><li>ভালো অভ্যাসের কথা শুনলে সবার '
                                    "সামনে প্রশংসা করুন।</li><li>আগে টাকা হারানো বা "
                                    "মহাজনের কাছ থেকে ঋণ নেওয়ার জন্য কাউকে কখনো লজ্জা "
                                    "দেবেন না।</li><li>বইয়ের ভাষা নয়, তাঁদের নিজেদের "
                                    "শব্দ আর উদাহরণ ব্যবহার করুন।</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "দলের নিজেদের হিসাব থেকে শিখুন",
                                    "situation": (
                                        "অনুমতি নিয়ে একজন বিদেশফেরত অভিবাসী দলকে "
                                        "জানান, গত মাসের রেমিট্যান্স তাঁর পরিবার "
                                        "কীভাবে খরচ করেছে। তিনি বলতে থাকুন, আর আপনি "
                                        "ছবি এঁকে হিসাবটা চার্ট পেপারে তুলে ফেলুন।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "রেমিট্যান্স পাওয়া গেছে",
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "মহাজনের ঋণের কিস্তি",
                                            "amount": "6000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "খাবার ও সংসারের খরচ",
                                            "amount": "13000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "সন্তানদের স্কুল",
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "ওষুধ",
                                            "amount": "2000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "মাস শেষে হাতে রইল",
                                    "lesson": (
                                        "বইয়ের সংখ্যার চেয়ে শিক্ষার্থীদের নিজেদের "
                                        "জীবনের সংখ্যা অনেক বেশি দিন মনে থাকে। আগে "
                                        "অনুমতি নিন, আর কাউকে বলার জন্য চাপ দেবেন না।"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>কিছু বিদেশফেরত মানুষ প্রতারিত হয়ে বা সব "
                                        "হারিয়ে ফিরেছেন। এমন অভিজ্ঞতার সঙ্গে লজ্জা "
                                        "জড়িয়ে থাকে। দলের সামনে খুঁটিনাটি জানতে "
                                        "চাইবেন না। পরে আলাদাভাবে কথা বলুন, আর তিনি "
                                        "সাহায্য চাইলে কাছের রিইন্টিগ্রেশন সার্ভিস "
                                        "সেন্টারের সঙ্গে যোগাযোগ করিয়ে দিন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "শিক্ষার্থীরা অভিজ্ঞ প্রাপ্তবয়স্ক মানুষ; "
                                            "সেভাবেই তাঁদের সঙ্গে আচরণ করুন।"
                                        ),
                                        "আগে জিজ্ঞেস করুন, তারপর যা বাকি তা যোগ করুন।",
                                        (
                                            "যা ভালো চলছে তার প্রশংসা করুন; লজ্জা না "
                                            "দিয়ে ভুল শোধরান।"
                                        ),
                                        ("শিক্ষার্থীদের নিজেদের শব্দ ও উদাহরণ ব্যবহার করুন।"),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Every learner already manages money",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>A man who worked for six years in Saudi Arabia "
                                    "has sent money home, bargained with employers, "
                                    "borrowed and repaid. A mother who runs her home "
                                    "on remittance decides every month what comes "
                                    "first: rice, school fees or medicine. These "
                                    "learners are not empty pots to be filled. Your "
                                    "job is to draw out what they already know, add "
                                    "what is missing, and correct mistakes gently.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>How to show respect in a "
                                    "session:</p><ul><li>Greet each person warmly and "
                                    'address everyone with the respectful "apni", '
                                    "whatever their age.</li><li>Ask before you tell: "
                                    '"When money arrives from abroad, what do you pay '
                                    'for first?"</li><li>When you hear about a good '
                                    "habit, praise it in front of "
                                    "everyone.</li><li>Never shame anyone for money "
                                    "lost in the past or for borrowing from a money "
                                    "lender.</li><li>Use their own words and examples, "
                                    "not the language of a textbook.</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "Learn from the group's own numbers",
                                    "situation": (
                                        "With his permission, a returnee tells the "
                                        "group how his family used last month's "
                                        "remittance. As he talks, put the numbers up "
                                        "on chart paper with pictures."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Remittance received",
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Instalment to the money lender",
                                            "amount": "6000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Food and household costs",
                                            "amount": "13000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Children's school",
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Medicine",
                                            "amount": "2000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "Left at the end of the month",
                                    "lesson": (
                                        "Numbers from learners' own lives stay in "
                                        "memory far longer than numbers from a book. "
                                        "Ask first, and never press anyone to share."
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Some returnees came home after being "
                                        "cheated or losing everything, and such "
                                        "stories carry shame. Do not ask for details "
                                        "in front of the group. Talk privately "
                                        "afterwards and, if the person wants help, put "
                                        "them in touch with the nearest Reintegration "
                                        "Service Centre.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Learners are experienced adults; treat "
                                            "them that way."
                                        ),
                                        "Ask first, then add what is missing.",
                                        (
                                            "Praise what works; correct mistakes "
                                            "without shaming."
                                        ),
                                        "Use the learners' own words and examples.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "learning-by-doing",
                    "title": {
                        "bn": "হাতেকলমে শেখা, ছোট ছোট সেশনে",
                        "en": "Learning by doing, in short sessions",
                    },
                    "summary": {
                        "bn": (
                            "কথা বলার অংশ ছোট রাখুন, আর সেশনের প্রতিটি অংশে "
                            "শিক্ষার্থীদের হাতেকলমে কিছু করতে দিন।"
                        ),
                        "en": (
                            "Keep the talking short and give learners something to do "
                            "with their hands in every part of the session."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "মানুষ যা নিজে করে, তা-ই মনে রাখে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>প্রাপ্তবয়স্করা বক্তৃতার বেশির ভাগই ভুলে যান, "
                                    "চোখে দেখা জিনিস কিছুটা বেশি মনে রাখেন, আর সবচেয়ে "
                                    "ভালো মনে রাখেন যা নিজের হাতে করেন। তাই প্রতিটি "
                                    "সেশনে শিক্ষার্থীরা যেন কিছু একটা করেন: ছবির কার্ড "
                                    "ভাগ করা, খেলনা টাকা গুনে আলাদা আলাদা স্তূপ করা, "
                                    "ছবিওয়ালা বাজেট শিটে দাগ দেওয়া, কিংবা ব্যাংক "
                                    "কর্মকর্তার সঙ্গে কথোপকথনের অভিনয় করা।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>একজন মানুষ টানা কথা বললে দশ মিনিটের মতো পরে "
                                    "বেশির ভাগ শ্রোতা আর মন দিয়ে শোনেন না। তাই "
                                    "শিক্ষার্থীদের প্রতিটি সেশন মোটামুটি এক ঘণ্টার "
                                    "করুন, ছোট ছোট ভাগে:</p><ol><li><b>শুরু (৫ "
                                    "মিনিট):</b> একটি প্রশ্ন বা খুব ছোট একটি "
                                    "গল্প।</li><li><b>করা (২০ মিনিট):</b> জোড়ায় বা "
                                    "ছোট দলে একটি কাজ।</li><li><b>আলোচনা (১৫ "
                                    "মিনিট):</b> কী দেখলেন? কোন বিষয়টা অবাক "
                                    "করল?</li><li><b>মূল বার্তা (১০ মিনিট):</b> "
                                    "দুই-তিনটি কথা, একাধিকবার বলা।</li><li><b>সমাপ্তি "
                                    "(৫ মিনিট):</b> প্রত্যেকে বলবেন, এই সপ্তাহে তিনি "
                                    "কোন একটি কাজ করবেন।</li></ol>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>কাগজ দিয়ে খেলনা টাকা বানান: ১,০০০, ৫০০ ও "
                                        "১০০ টাকার নোট এঁকে ফটোকপি করে নিন। "
                                        "শিক্ষার্থীরা যখন নিজের হাতে এক মাসের "
                                        "রেমিট্যান্স ভাগ ভাগ করে স্তূপ সাজান, তখন "
                                        "বাজেট আর শুধু একটা ধারণা থাকে না, চোখের সামনে "
                                        "দেখা যায়।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>এক সেশনে একটিই মূল বিষয়। এক ঘণ্টায় "
                                        "বাজেট, সঞ্চয় আর হুন্ডি সব একসঙ্গে শেখাতে "
                                        "গেলে মানুষ কোনোটাই মনে রাখবেন না।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "শুধু শোনানো নয়, শিক্ষার্থীদের দিয়ে করান।",
                                        "একটানা দশ মিনিটের বেশি কথা বলবেন না।",
                                        "প্রতি সেশনে একটিই মূল বিষয়।",
                                        "শেষে প্রত্যেকে একটি করণীয় ঠিক করবেন।",
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "People remember what they do",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Adults forget most of a talk, remember a "
                                    "little more of what they see, and remember best "
                                    "what they do with their own hands. So in every "
                                    "session, learners should be doing something: "
                                    "sorting picture cards, counting play money into "
                                    "piles, marking a picture budget sheet, or acting "
                                    "out a conversation with a bank officer.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>When one person talks without a break, most "
                                    "listeners stop paying attention after about ten "
                                    "minutes. So plan each learner session for about "
                                    "one hour, in short parts:</p><ol><li><b>Open (5 "
                                    "minutes):</b> a question or a very short "
                                    "story.</li><li><b>Do (20 minutes):</b> an "
                                    "activity in pairs or small "
                                    "groups.</li><li><b>Talk (15 minutes):</b> what "
                                    "did you notice? What surprised "
                                    "you?</li><li><b>Key messages (10 minutes):</b> "
                                    "two or three, said more than "
                                    "once.</li><li><b>Close (5 minutes):</b> each "
                                    "person says one thing they will do this "
                                    "week.</li></ol>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Make play money from paper: draw 1,000, "
                                        "500 and 100 taka notes and photocopy them. "
                                        "When learners split a month's remittance into "
                                        "piles with their own hands, the budget stops "
                                        "being an idea and becomes something they can "
                                        "see.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>One session, one main idea. If you try to "
                                        "cover budgeting, saving and hundi in one "
                                        "hour, people will remember none of them.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Let learners do things, not only listen.",
                                        (
                                            "Talk for no more than ten minutes at a "
                                            "stretch."
                                        ),
                                        "One main idea per session.",
                                        "End with one action each person will take.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "teaching-people-who-read-little",
                    "title": {
                        "bn": "যাঁরা কম পড়তে পারেন: ছবি, গল্প ও অভিনয়ে শেখানো",
                        "en": (
                            "Teaching people who read little: pictures, stories and "
                            "role play"
                        ),
                    },
                    "summary": {
                        "bn": (
                            "লেখা কাগজের বদলে ছবি, জিনিসপত্র, ছোট গল্প ও অভিনয় "
                            "ব্যবহার করুন, আর বোঝা হলো কি না তা করে দেখাতে বলে যাচাই "
                            "করুন।"
                        ),
                        "en": (
                            "Replace written handouts with pictures, objects, short "
                            "stories and role play, and check understanding by asking "
                            "people to show you."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "পড়তে পারা আর বুঝতে পারা এক কথা নয়",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>অনেক শিক্ষার্থী ধীরে পড়েন বা একেবারেই পড়তে "
                                    "পারেন না, অথচ প্রতিদিন টাকাপয়সা নাড়াচাড়া করেন "
                                    "এবং ভালোই বোঝেন। লেখায় ভরা কাগজ বিলি করবেন না, "
                                    "আর কেউ নিজে থেকে না চাইলে অন্যদের সামনে তাঁকে "
                                    "জোরে পড়তে বা লিখতে বলবেন না।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>চারটি উপায় যা কাজে "
                                    "দেয়:</p><ul><li><b>ছবি:</b> প্রতিটি খরচের জন্য "
                                    "একটি কার্ড: চালের বস্তা, স্কুলব্যাগ, ওষুধ, গরু, "
                                    "মোবাইল ফোন।</li><li><b>জিনিসপত্র:</b> খেলনা টাকা, "
                                    "সঞ্চয়ের জন্য খাম বা মাটির "
                                    "ব্যাংক।</li><li><b>গল্প:</b> শিক্ষার্থীদের "
                                    "গ্রামের মতোই কোনো গ্রামের একটি পরিবারকে নিয়ে ছোট "
                                    "গল্প, চরিত্রদের নাম দিয়ে।</li><li><b>অভিনয়:</b> "
                                    "দুজন স্বেচ্ছাসেবী একটি দৃশ্য অভিনয় করে দেখান, "
                                    "যেমন দরজায় হুন্ডির লোক এসেছে, কিংবা কেউ ব্যাংকে "
                                    "গেছেন।</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "খেলনা টাকায় বলা একটি গল্প",
                                    "situation": (
                                        "রহিমার স্বামী মালয়েশিয়ায় কাজ করেন, প্রতি "
                                        "মাসে ২৮,০০০ টাকা পাঠান। রহিমা সেলাই করে কিছু "
                                        "আয় করেন। গল্পটা বলুন, আর বলতে বলতে মেঝেতে "
                                        "খেলনা টাকা সাজিয়ে দেখান।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "স্বামীর পাঠানো রেমিট্যান্স",
                                            "amount": "28000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "রহিমার সেলাইয়ের আয়",
                                            "amount": "4000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "খাবার",
                                            "amount": "13000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "স্কুল ও গৃহশিক্ষক",
                                            "amount": "4000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": ("বিদেশ যাওয়ার সময় নেওয়া ঋণের কিস্তি"),
                                            "amount": "8000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "ওষুধ ও অন্যান্য খরচ",
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "সঞ্চয়ের জন্য রইল",
                                    "lesson": (
                                        "তারপর দলকে জিজ্ঞেস করুন: এই ৪,০০০ টাকা দিয়ে "
                                        "আপনি কী করতেন? আর মালয়েশিয়া থেকে টাকা দুই "
                                        "সপ্তাহ দেরিতে এলে কী হবে?"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>অভিনয়ে মানুষকে নিজের চেয়ে ভিন্ন কারও "
                                        "ভূমিকা দিন: একজন তরুণকে চিন্তিত মায়ের "
                                        "ভূমিকায়, একজন নারীকে ব্যাংক কর্মকর্তার "
                                        "ভূমিকায়। এতে সবাই হাসেন, আর নিজের পরিচয়ে যে "
                                        "কথা বলতেন না, তা-ও বলে ফেলেন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        '<p>"বুঝেছেন?" জিজ্ঞেস করে বোঝা যাচাই করবেন '
                                        'না, কারণ প্রায় সবাই "হ্যাঁ" বলেন। বরং করে '
                                        'দেখাতে বলুন: "স্কুলের টাকাটা ঠিক কার্ডের ওপর '
                                        'রাখুন তো।"</p>'
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "লেখা কাগজের বদলে ছবি ও জিনিসপত্র।",
                                        (
                                            "শিক্ষার্থীদের মতোই কোনো গ্রামের, "
                                            "নামওয়ালা একটি পরিবারের ছোট গল্প।"
                                        ),
                                        "কঠিন কথোপকথনের জন্য অভিনয়।",
                                        ("কাউকে হঠাৎ সবার সামনে পড়তে বা লিখতে বলবেন না।"),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Reading is not the same as understanding",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Many learners read slowly or not at all, yet "
                                    "they handle money every day and understand it "
                                    "well. Do not hand out pages of text, and never "
                                    "ask anyone to read aloud or write in front of "
                                    "others unless they offer.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Four tools that "
                                    "work:</p><ul><li><b>Pictures:</b> one card for "
                                    "each kind of spending: a sack of rice, a school "
                                    "bag, medicine, a cow, a mobile "
                                    "phone.</li><li><b>Objects:</b> play money, and "
                                    "envelopes or a clay money box for "
                                    "saving.</li><li><b>Stories:</b> a short story "
                                    "about a family from a village like the learners' "
                                    "own, with names for the "
                                    "characters.</li><li><b>Role play:</b> two "
                                    "volunteers act out a scene, such as a hundi agent "
                                    "at the door or a visit to the bank.</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "A story told with play money",
                                    "situation": (
                                        "Rahima's husband works in Malaysia and sends "
                                        "28,000 taka a month. Rahima earns a little "
                                        "from sewing. Tell the story, and lay the play "
                                        "money out on the floor as you go."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Husband's remittance",
                                            "amount": "28000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Rahima's sewing",
                                            "amount": "4000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Food",
                                            "amount": "13000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "School and private tutor",
                                            "amount": "4000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": (
                                                "Instalment on the loan taken for his "
                                                "migration"
                                            ),
                                            "amount": "8000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Medicine and other costs",
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "Left to save",
                                    "lesson": (
                                        "Then ask the group: what would you do with "
                                        "the 4,000 taka? And what happens if the money "
                                        "from Malaysia comes two weeks late?"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>In role play, let people play someone "
                                        "unlike themselves: a young man as a worried "
                                        "mother, a woman as the bank officer. It makes "
                                        "everyone laugh, and people say things they "
                                        "would not say as themselves.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        '<p>Do not check understanding by asking "Did '
                                        'you understand?", because almost everyone '
                                        "says yes. Ask people to show you instead: "
                                        '"Put the school money on the right '
                                        'card."</p>'
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Pictures and objects instead of written "
                                            "handouts."
                                        ),
                                        (
                                            "A short story about a named family from a "
                                            "village like theirs."
                                        ),
                                        "Role play for hard conversations.",
                                        (
                                            "Never put anyone on the spot to read or "
                                            "write."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "running-a-session",
            "title": {
                "bn": "চায়ের দোকান, উঠান বা ইউনিয়ন ডিজিটাল সেন্টারে সেশন পরিচালনা",
                "en": "Running a session in a tea stall, courtyard or UDC",
            },
            "summary": {
                "bn": (
                    "জায়গা ও সময় ঠিক করা, বসার ব্যবস্থা, সেশনের নিয়ম ঠিক করা, নারী "
                    "ও পরিবারের সদস্যদের যুক্ত করা এবং ইউনিয়ন ডিজিটাল সেন্টারের "
                    "কম্পিউটার ও প্রজেক্টর ব্যবহারের উপায়।"
                ),
                "en": (
                    "How to choose the place and time, seat people, agree ground "
                    "rules, bring in women and family members, and use the Union "
                    "Digital Centre's computer and projector."
                ),
            },
            "lessons": [
                {
                    "slug": "preparing-place-and-time",
                    "title": {
                        "bn": "জায়গা প্রস্তুত ও সময় নির্বাচন",
                        "en": "Preparing the place and choosing the time",
                    },
                    "summary": {
                        "bn": (
                            "আগে থেকেই আয়োজকের সঙ্গে জায়গা ও সময় ঠিক করুন, সব উপকরণ "
                            "সঙ্গে আনুন, আর আগেভাগে পৌঁছে বসার ব্যবস্থা করুন।"
                        ),
                        "en": (
                            "Agree the place and time with the host in advance, bring "
                            "a full kit of materials, and arrive early to set up the "
                            "seating."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "সেশনের আগে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li>কয়েক দিন আগে আয়োজকের সঙ্গে কথা বলুন: "
                                    "চায়ের দোকানের মালিক, যাঁদের উঠানে সেশন হবে সেই "
                                    "পরিবার, অথবা ইউনিয়ন ডিজিটাল সেন্টারের "
                                    "উদ্যোক্তা।</li><li>এমন সময় বেছে নিন যখন মানুষ "
                                    "অবসর পান। পুরুষেরা সাধারণত সন্ধ্যায় চায়ের "
                                    "দোকানে জড়ো হন; নারীরা হয়তো সংসারের কাজ সেরে "
                                    "দুপুরের আগে বা বিকেলে সুবিধা পান। হাটের দিন, "
                                    "নামাজের সময় আর ফসল কাটার সবচেয়ে ব্যস্ত দিনগুলো "
                                    "এড়িয়ে চলুন।</li><li>মানুষ যাঁদের বিশ্বাস করেন, "
                                    "তাঁদের মাধ্যমে আমন্ত্রণ জানান: স্থানীয় গণ্যমান্য "
                                    "ব্যক্তি, নারী দল এবং আপনার চেনা প্রবাসী "
                                    "পরিবার।</li><li>আগের দিনই নিচের উপকরণগুলো গুছিয়ে "
                                    "রাখুন।</li></ol>"
                                ),
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "প্রতিটি খরচের জন্য ছবির কার্ড",
                                        "১,০০০, ৫০০ ও ১০০ টাকার খেলনা নোট",
                                        "চার্ট পেপার, মার্কার ও টেপ",
                                        "সঞ্চয়ের কাজের জন্য খাম বা ছোট পাত্র",
                                        "হাজিরা খাতা ও কলম",
                                        ("বাড়িতে নেওয়ার জন্য লিফলেট ও অন্যান্য আইইসি উপকরণ"),
                                        ("চার্জ দেওয়া ফোন এবং সরকারি সেবার কার্ডের প্রিন্ট"),
                                    ],
                                },
                            },
                            {
                                "type": "heading",
                                "value": "সেশনের দিন",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>আধা ঘণ্টা আগে পৌঁছান। গোল হয়ে বা ইংরেজি U "
                                    "অক্ষরের মতো করে বসুন, যাতে সবাই একে অপরকে আর "
                                    "কার্ডগুলো দেখতে পান। শিক্ষার্থীরা যেভাবে বসেন, "
                                    "আপনিও সেভাবে বসুন: তাঁরা মাদুরে বসলে আপনিও মাদুরে "
                                    "বসুন। চায়ের দোকানে মালিককে বিনয়ের সঙ্গে "
                                    "টেলিভিশনের আওয়াজ কমাতে বলুন। ঠিক সময়ে শুরু "
                                    "করুন, ঠিক সময়ে শেষ করুন; এক ঘণ্টার কথা দিলে এক "
                                    "ঘণ্টাই রাখুন।</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>চায়ের দোকানের সেশন ছোট হয়: ৩০ থেকে ৪৫ "
                                        "মিনিটের পরিকল্পনা করুন, কারণ মানুষ আসা-যাওয়া "
                                        "করেন। নতুন কেউ এসে বসলে মূল বার্তাটা এক "
                                        "বাক্যে আবার বলুন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>প্রতিটি সেশনে হাজিরা খাতা পূরণ করুন: নাম, "
                                        "নারী না পুরুষ, আর তিনি বিদেশফেরত অভিবাসী, "
                                        "সম্ভাব্য অভিবাসী নাকি পরিবারের সদস্য। "
                                        "কর্মসূচি প্রতি মাসে চায়ের দোকানের বৈঠক ও "
                                        "প্রশিক্ষণের হিসাব দেয়, আর সেই সংখ্যা আসে "
                                        "আপনার খাতা থেকেই।</p>"
                                    ),
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Before the day",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li>Talk to the host a few days ahead: the "
                                    "tea stall owner, the family whose courtyard you "
                                    "will use, or the UDC entrepreneur.</li><li>Choose "
                                    "a time when people are free. Men often gather at "
                                    "tea stalls in the evening; women may find late "
                                    "morning or afternoon easier, once household work "
                                    "is done. Avoid market days, prayer times and the "
                                    "busiest days of the harvest.</li><li>Invite "
                                    "people through those they trust: respected local "
                                    "people, women's groups and the migrant families "
                                    "you already know.</li><li>Pack the materials "
                                    "below the day before.</li></ol>"
                                ),
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Picture cards for each kind of spending",
                                        "Play money in 1,000, 500 and 100 taka notes",
                                        "Chart paper, markers and tape",
                                        (
                                            "Envelopes or small pots for the saving "
                                            "activity"
                                        ),
                                        "Attendance sheet and a pen",
                                        (
                                            "Leaflets and other IEC materials for "
                                            "people to take home"
                                        ),
                                        (
                                            "A charged phone, and printouts of the "
                                            "official service cards"
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "heading",
                                "value": "On the day",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Arrive half an hour early. Sit in a circle or "
                                    "a U shape so that everyone can see each other and "
                                    "the cards. Sit the way the learners sit: if they "
                                    "are on a mat, you sit on the mat too. In a tea "
                                    "stall, politely ask the owner to turn the "
                                    "television down. Start on time and finish on "
                                    "time; if you promised one hour, keep to one "
                                    "hour.</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Tea stall sessions are short: plan for 30 "
                                        "to 45 minutes, because people come and go. "
                                        "Whenever someone new sits down, repeat the "
                                        "main message in one sentence.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>Fill in the attendance sheet at every "
                                        "session: name, woman or man, and whether the "
                                        "person is a returnee, an aspirant migrant or "
                                        "a family member. The programme reports "
                                        "tea-stall meetings and trainings every month, "
                                        "and those numbers come from your sheet.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "ground-rules-women-and-family",
                    "title": {
                        "bn": ("সেশনের নিয়ম, এবং নারী ও পরিবারের জন্য জায়গা করে দেওয়া"),
                        "en": "Ground rules, and making room for women and families",
                    },
                    "summary": {
                        "bn": (
                            "দলের সঙ্গে সহজ কিছু নিয়ম ঠিক করুন, আর নিশ্চিত করুন যে "
                            "বাড়িতে যাঁরা আসলে টাকা সামলান, প্রায়ই যাঁরা নারী, "
                            "তাঁরাও অংশ নেন।"
                        ),
                        "en": (
                            "Agree a few simple ground rules with the group, and make "
                            "sure the people who actually manage money at home, often "
                            "women, take part."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "সবাই মিলে নিয়ম ঠিক করুন",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>প্রথম পাঁচ মিনিটে দলকে জিজ্ঞেস করুন, কোন "
                                    "নিয়মগুলো মানলে সবার সুবিধা হবে। প্রতিটি নিয়ম "
                                    "আবার বলে শোনান, আর কোনোটা বাদ পড়লে যোগ "
                                    "করুন:</p><ul><li>ফোন নীরব রাখুন।</li><li>একসঙ্গে "
                                    "একজন কথা বলবেন।</li><li>এখানে যা বলা হবে, তা "
                                    "এখানেই থাকবে।</li><li>কোনো প্রশ্নই বোকা প্রশ্ন "
                                    "নয়।</li><li>নিজের টাকাপয়সার কথা বলতে কেউ বাধ্য "
                                    "নন।</li><li>ঠিক সময়ে শুরু, ঠিক সময়ে "
                                    "শেষ।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "নারী ও পরিবারের সদস্যদের কেন থাকতে হবে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>টাকা আয় করেন প্রবাসী, কিন্তু অনেক সময় দেশে "
                                    "স্ত্রী, মা বা বাবা সেই টাকা গ্রহণ করেন এবং কীভাবে "
                                    "খরচ হবে তা ঠিক করেন। শুধু প্রবাসী শিখলে সংসারে "
                                    "কিছু বদলায় না। বাড়িতে যিনি টাকা সামলান, তাঁকে "
                                    "আমন্ত্রণ জানান। অনেক নারী চায়ের দোকানে আসবেন না, "
                                    "তাই তাঁদের জন্য উঠানে বা ইউনিয়ন ডিজিটাল "
                                    "সেন্টারে, তাঁদের সুবিধামতো সময়ে, আলাদা সেশন "
                                    "করুন, আর সম্ভব হলে একজন নারী প্রশিক্ষক রাখুন।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>সেশন চলাকালে:</p><ul><li>নারীদের নাম ধরে "
                                    "তাঁদের মত জানতে চান, আর উত্তরের জন্য অপেক্ষা "
                                    "করুন।</li><li>নারী-পুরুষ মিলিয়ে দল হলে নারীদের "
                                    "একসঙ্গে বসতে দিন এবং তাঁদের নিজেদের ছোট দলে কাজ "
                                    "করতে দিন।</li><li>স্বামী বারবার স্ত্রীর হয়ে "
                                    'উত্তর দিলে তাঁকে ধন্যবাদ দিয়ে বলুন: "এবার উনি '
                                    'কী ভাবেন, শুনি।"</li><li>পরিবারের বয়স্ক '
                                    "সদস্যদেরও ডাকুন; বড় খরচের সিদ্ধান্তে বাবা-মা, "
                                    "শ্বশুর-শাশুড়ির মতামত প্রায়ই "
                                    "গুরুত্বপূর্ণ।</li></ul>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>টাকাপয়সা নিয়ে পরিবারে অশান্তি হতে পারে। "
                                        "কেউ যদি নির্যাতনের কথা, টাকা থেকে বঞ্চিত "
                                        "হওয়ার কথা বা জোর করে টাকা নিয়ে নেওয়ার কথা "
                                        "বলেন, তা দলের সামনে আলোচনা করবেন না। পরে "
                                        "আলাদাভাবে তাঁর কথা শুনুন, আর সঠিক সহায়তা "
                                        "পেতে সাহায্য করুন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "দলকেই নিয়ম ঠিক করতে দিন, আর ছবি দিয়ে "
                                            "লিখে টাঙিয়ে দিন।"
                                        ),
                                        ("বাড়িতে যিনি টাকা সামলান, তাঁকে আমন্ত্রণ জানান।"),
                                        (
                                            "নারীরা যেখানে ও যখন আসতে পারেন, সেখানে ও "
                                            "তখন তাঁদের সেশন করুন।"
                                        ),
                                        (
                                            "চুপচাপ মানুষদের নাম ধরে জিজ্ঞেস করুন; "
                                            "একজনকেই পুরো সময় কথা বলতে দেবেন না।"
                                        ),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Agree ground rules together",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>In the first five minutes, ask the group which "
                                    "rules would help everyone. Repeat each rule back, "
                                    "and add any that are missing:</p><ul><li>Phones "
                                    "on silent.</li><li>One person speaks at a "
                                    "time.</li><li>What is said here stays "
                                    "here.</li><li>No question is a foolish "
                                    "question.</li><li>Nobody has to talk about their "
                                    "own money.</li><li>We start on time and finish on "
                                    "time.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Why women and family members must be there",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>The migrant earns the money, but very often a "
                                    "wife, mother or father at home receives it and "
                                    "decides how it is spent. If only the migrant "
                                    "learns, nothing changes in the household. Invite "
                                    "the person who handles the money at home. Many "
                                    "women will not come to a tea stall, so hold "
                                    "separate sessions for them in a courtyard or at "
                                    "the UDC, at a time that suits them, and with a "
                                    "woman trainer where possible.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>During the session:</p><ul><li>Ask women for "
                                    "their views by name, and wait for the "
                                    "answer.</li><li>In mixed groups, let the women "
                                    "sit together and work in their own small "
                                    "group.</li><li>If a husband keeps answering for "
                                    "his wife, thank him and say: \"Now let's hear "
                                    'what she thinks."</li><li>Invite older family '
                                    "members too; parents and parents-in-law often "
                                    "have a say in big spending decisions.</li></ul>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Money can cause trouble in families. If "
                                        "someone tells you about violence, about being "
                                        "kept away from the money, or about being "
                                        "forced to hand it over, do not discuss it in "
                                        "front of the group. Listen privately "
                                        "afterwards, and help them reach the right "
                                        "support.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Let the group set its own rules, and put "
                                            "them up with pictures."
                                        ),
                                        (
                                            "Invite the person who manages the money "
                                            "at home."
                                        ),
                                        (
                                            "Hold women's sessions where and when "
                                            "women can come."
                                        ),
                                        (
                                            "Ask quiet people by name; don't let one "
                                            "voice fill the whole session."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "using-the-udc",
                    "title": {
                        "bn": "ইউনিয়ন ডিজিটাল সেন্টারের কম্পিউটার ও প্রজেক্টর ব্যবহার",
                        "en": "Using the UDC's computer and projector",
                    },
                    "summary": {
                        "bn": (
                            "উদ্যোক্তার সঙ্গে পরিকল্পনা করুন, এক দিন আগে যন্ত্রপাতি "
                            "পরীক্ষা করুন, আর বিদ্যুৎ বা ইন্টারনেট চলে গেলে কাজ "
                            "চালানোর জন্য সব সময় কাগজের বিকল্প রাখুন।"
                        ),
                        "en": (
                            "Plan with the UDC entrepreneur, test the equipment a day "
                            "early, and always keep a paper plan in case the power or "
                            "the internet fails."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "শেখার জায়গা হিসেবে ইউনিয়ন ডিজিটাল সেন্টার",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>ইউনিয়ন ডিজিটাল সেন্টার সারা দেশে ইউনিয়ন "
                                    "পরিষদ কার্যালয়ে অবস্থিত, আর এর উদ্যোক্তারা সবার "
                                    "ব্যবহারের কম্পিউটার ও প্রিন্টারে স্থানীয় মানুষকে "
                                    "আগে থেকেই সেবা দিচ্ছেন। মানুষ জায়গাটা চেনেন, "
                                    "ভরসাও করেন। সেন্টারে উদ্যোক্তা শিক্ষার্থীদের এই "
                                    "প্ল্যাটফর্মে নিবন্ধন করাতে পারেন, সবার ব্যবহারের "
                                    "কম্পিউটারে তাঁদের লগ-ইন করিয়ে দিতে পারেন এবং পরে "
                                    "তাঁদের সনদ প্রিন্ট করে দিতে পারেন।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li>উদ্যোক্তার সঙ্গে এমন একটি দিন ও সময় ঠিক "
                                    "করুন, যখন সেন্টারে ভিড় কম থাকে।</li><li>এক দিন "
                                    "আগে কম্পিউটার, ইন্টারনেট, স্পিকার এবং সেন্টারে "
                                    "থাকলে প্রজেক্টর বা বড় পর্দা পরীক্ষা করে "
                                    "নিন।</li><li>যে পাঠটি দেখাবেন তা আগেই খুলে রাখুন, "
                                    "যাতে ধীর ইন্টারনেটে আটকে না যান।</li><li>বিকল্প "
                                    "হিসেবে ছবির কার্ড আর খেলনা টাকা সঙ্গে "
                                    "রাখুন।</li><li>সেশন শেষে উদ্যোক্তাকে প্রত্যেক "
                                    "শিক্ষার্থীর নিবন্ধন করে দিতে বলুন, যাতে তাঁদের "
                                    "অগ্রগতি লেখা থাকে।</li></ol>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>লোডশেডিং হতেই পারে। সেন্টারে আইপিএস বা "
                                        "সৌরবিদ্যুতের মতো বিকল্প ব্যবস্থা আছে কি না "
                                        "জেনে নিন, আর পর্দা বন্ধ হয়ে গেলে কার্ড "
                                        "দিয়েই সেশন চালিয়ে যাওয়ার জন্য প্রস্তুত "
                                        "থাকুন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>দেখান, থামুন, জিজ্ঞেস করুন। লম্বা সময় ধরে "
                                        "ভিডিও বা স্লাইড চালাবেন না। প্রতিটি পর্দার পর "
                                        "থেমে সে বিষয়ে দলকে একটি প্রশ্ন করুন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "expatriate_digital_centre",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "উদ্যোক্তার সঙ্গে মিলে তারিখ ঠিক করুন।",
                                        "এক দিন আগে যন্ত্রপাতি পরীক্ষা করুন।",
                                        "সব সময় কাগজের বিকল্প সঙ্গে রাখুন।",
                                        ("শিক্ষার্থীরা চলে যাওয়ার আগেই নিবন্ধন সেরে নিন।"),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "The UDC as a place to learn",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Union Digital Centres sit in union council "
                                    "offices all over the country, and their "
                                    "entrepreneurs already serve local people on "
                                    "shared computers and printers. People know the "
                                    "place and trust it. At the centre, the "
                                    "entrepreneur can register learners on this "
                                    "platform, sign them in on the shared computer, "
                                    "and later print their certificates.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li>Agree a day and time with the "
                                    "entrepreneur when the centre is not "
                                    "busy.</li><li>A day before, check the computer, "
                                    "the internet, the speakers, and the projector or "
                                    "large screen if the centre has one.</li><li>Open "
                                    "the lesson you will show ahead of time, so a slow "
                                    "connection does not hold you up.</li><li>Keep "
                                    "your picture cards and play money with you as a "
                                    "plan B.</li><li>After the session, ask the "
                                    "entrepreneur to register every learner, so that "
                                    "their progress is recorded.</li></ol>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>Power cuts happen. Find out whether the "
                                        "centre has backup power, such as an IPS or a "
                                        "solar panel, and be ready to carry on with "
                                        "the cards if the screen goes dark.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>Show, stop, ask. Do not run a video or "
                                        "slides for a long time. After each screen, "
                                        "stop and ask the group a question about "
                                        "it.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "expatriate_digital_centre",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Set the date together with the entrepreneur.",
                                        "Test the equipment a day early.",
                                        "Always carry a paper plan B.",
                                        "Register learners before they leave.",
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "session-plans-money-at-home",
            "title": {
                "bn": "সেশন পরিকল্পনা ১ থেকে ৩: বাজেট, সঞ্চয় ও দেশে টাকা পাঠানো",
                "en": "Session plans 1 to 3: budget, saving and sending money home",
            },
            "summary": {
                "bn": (
                    "শিক্ষার্থীদের প্রথম তিনটি মডিউলের জন্য তৈরি পরিকল্পনা: পারিবারিক "
                    "বাজেট, সঞ্চয় ও জরুরি তহবিল, এবং হুন্ডির বদলে বৈধ পথে দেশে টাকা "
                    "পাঠানো।"
                ),
                "en": (
                    "Ready-to-use plans for the first three learner modules: the "
                    "household budget, saving and an emergency fund, and sending money "
                    "home through formal channels instead of hundi."
                ),
            },
            "lessons": [
                {
                    "slug": "plan-household-budget",
                    "title": {
                        "bn": "সেশন পরিকল্পনা ১: পারিবারিক বাজেট",
                        "en": "Session plan 1: The household budget",
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা, যেখানে পরিবারগুলো মাসের আয় ও "
                            "খরচের তালিকা করে দেখে হাতে কী থাকে।"
                        ),
                        "en": (
                            "A one-hour plan in which families list the month's money "
                            "coming in and going out, and see what is left."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> প্রতিটি পরিবার মাসের আয় "
                                    "ও খরচের তালিকা করতে পারবে এবং দেখতে পারবে হাতে কী "
                                    "থাকে।</li><li><b>সময়:</b> ৬০ "
                                    "মিনিট।</li><li><b>উপকরণ:</b> খরচের ছবির কার্ড, "
                                    "খেলনা টাকা, চার্ট পেপার, মার্কার, প্রতিটি "
                                    "পরিবারের জন্য একটি ছবিওয়ালা বাজেট শিট।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<ol><li><b>৫ মিনিট:</b> জিজ্ঞেস করুন, "বিদেশ '
                                    'থেকে টাকা এলে প্রথমে কোথায় যায়?"</li><li><b>১০ '
                                    'মিনিট:</b> দলগুলো ছবির কার্ডগুলো "দিতেই হবে" আর '
                                    '"পরে দিলেও চলে", এই দুই ভাগে '
                                    "সাজাবে।</li><li><b>২৫ মিনিট:</b> খেলনা টাকা দিয়ে "
                                    "বাজেট অনুশীলন (শেষ মডিউলের বাজেট অনুশীলনের পাঠ "
                                    "দেখুন)।</li><li><b>১০ মিনিট:</b> প্রতিটি দল তাদের "
                                    "বাজেট দেখাবে; কী বাঁচল আর কেন, তা নিয়ে "
                                    "আলোচনা।</li><li><b>১০ মিনিট:</b> মূল বার্তা; "
                                    "প্রত্যেকে একটি পরিবর্তনের কথা বলবেন, যা তিনি "
                                    "করবেন।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "যে খরচ কেউ লিখে রাখে না",
                                    "situation": (
                                        "একটি পরিবার ভেবেছিল মাস শেষে ৬,০০০ টাকা "
                                        "থাকবে, কিন্তু থাকল মাত্র ৩,০০০। প্রতিদিনের যে "
                                        "ছোট ছোট খরচ কেউ হিসাব করেনি, পার্থক্যটা "
                                        "সেখানেই।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "রেমিট্যান্স",
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "পরিকল্পিত খরচ: খাবার, স্কুল, ওষুধ, "
                                                "ঋণের কিস্তি"
                                            ),
                                            "amount": "24000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": (
                                                "চা-নাশতা ও মোবাইল রিচার্জ, রোজ একটু একটু করে"
                                            ),
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "আসলে যা থাকল",
                                    "lesson": (
                                        "২০ বা ৫০ টাকার খরচও লিখে বা দাগ দিয়ে রাখলে "
                                        "বোঝা যায়, টাকা কোথা দিয়ে বেরিয়ে যাচ্ছে।"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "টাকা আসার আগেই মাসের পরিকল্পনা করুন।",
                                        (
                                            "আগে জরুরি প্রয়োজন মেটান: খাবার, স্কুল, "
                                            "ওষুধ ও ঋণের কিস্তি।"
                                        ),
                                        "ছোট হলেও প্রতিটি খরচ লিখে বা দাগ দিয়ে রাখুন।",
                                        "পরিবারের সবাই মিলে বাজেট করুন।",
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>যাঁরা লিখতে পারেন না, তাঁদের জন্য প্রতিটি "
                                        "খরচের ছবিওয়ালা বাজেট শিট ব্যবহার করুন। যতবার "
                                        "খরচ করবেন, ছবির নিচে দাগ দেবেন: প্রতি ১০০ "
                                        "টাকায় একটি দাগ।</p>"
                                    ),
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> each family can list "
                                    "the month's money coming in and going out, and "
                                    "see what is left.</li><li><b>Time:</b> 60 "
                                    "minutes.</li><li><b>Materials:</b> spending "
                                    "picture cards, play money, chart paper, markers, "
                                    "and a picture budget sheet for each "
                                    "family.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<ol><li><b>5 minutes:</b> ask, "When money comes '
                                    "from abroad, where does it go "
                                    'first?"</li><li><b>10 minutes:</b> groups sort '
                                    'the picture cards into "must pay" and "can '
                                    'wait".</li><li><b>25 minutes:</b> the budget '
                                    "exercise with play money (see the budget exercise "
                                    "lesson in the last module).</li><li><b>10 "
                                    "minutes:</b> each group shows its budget; talk "
                                    "about what was left and why.</li><li><b>10 "
                                    "minutes:</b> key messages; each person names one "
                                    "change they will make.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "The costs nobody writes down",
                                    "situation": (
                                        "A family expected 6,000 taka to be left at "
                                        "the end of the month, but found only 3,000. "
                                        "The difference was small daily costs that "
                                        "nobody had counted."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Remittance",
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "Planned spending: food, school, "
                                                "medicine, loan instalment"
                                            ),
                                            "amount": "24000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": (
                                                "Tea, snacks and phone top-ups, a "
                                                "little every day"
                                            ),
                                            "amount": "3000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "Actually left",
                                    "lesson": (
                                        "Writing down or marking every cost, even 20 "
                                        "or 50 taka, shows where the money leaks away."
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Plan the month before the money arrives.",
                                        (
                                            "Pay for needs first: food, school, "
                                            "medicine and loan instalments."
                                        ),
                                        "Write down or mark every cost, however small.",
                                        "Make the budget together as a family.",
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>For learners who do not write, use a "
                                        "budget sheet with a picture for each cost. "
                                        "Every time they spend, they make a mark under "
                                        "the picture: one mark for each 100 taka.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "plan-saving-emergency-fund",
                    "title": {
                        "bn": "সেশন পরিকল্পনা ২: সঞ্চয় ও জরুরি তহবিল",
                        "en": "Session plan 2: Saving and an emergency fund",
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা, যা পরিবারগুলোকে আগে নির্দিষ্ট "
                            "পরিমাণ সঞ্চয় করতে এবং বিপদের জন্য তহবিল গড়তে সাহায্য "
                            "করে, যাতে মহাজনের কাছে ছুটতে না হয়।"
                        ),
                        "en": (
                            "A one-hour plan that helps families save a fixed amount "
                            "first and build a fund for emergencies, so they do not "
                            "have to run to the money lender."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> প্রত্যেকে প্রতি মাসে "
                                    "সঞ্চয়ের একটি নির্দিষ্ট পরিমাণ ঠিক করবেন এবং "
                                    "জানবেন জরুরি তহবিল কেন "
                                    "দরকার।</li><li><b>সময়:</b> ৬০ "
                                    "মিনিট।</li><li><b>উপকরণ:</b> খেলনা টাকা, ছবি "
                                    "দিয়ে চিহ্নিত খাম বা পাত্র (অসুখ, স্কুল, ব্যবসা), "
                                    "একটি গল্পের কার্ড।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>১০ মিনিট:</b> গল্প: একটি শিশু অসুস্থ "
                                    "হলো, পরিবারের কোনো সঞ্চয় নেই, তাই তারা মহাজনের "
                                    "কাছ থেকে ঋণ নিল। জিজ্ঞেস করুন: তারা আর কী করতে "
                                    'পারত?</li><li><b>১৫ মিনিট:</b> "আগে সঞ্চয়" '
                                    "খেলা। একটি দল আগে খরচ করে যা বাঁচে তা জমাবে; অন্য "
                                    "দল আগে সঞ্চয়ের খামে টাকা রাখবে। ফলাফল মিলিয়ে "
                                    "দেখুন।</li><li><b>২০ মিনিট:</b> প্রত্যেকে একটি "
                                    "লক্ষ্য (বিপদ, স্কুল, ব্যবসা) আর মাসিক একটি পরিমাণ "
                                    "ঠিক করবেন, ছোট হলেও।</li><li><b>১০ মিনিট:</b> "
                                    "সঞ্চয় কোথায় রাখবেন: বাড়িতে নগদ রাখা বা "
                                    "আত্মীয়কে ধার দেওয়ার বদলে ব্যাংক অ্যাকাউন্ট, "
                                    "ব্যাংকের সঞ্চয় প্রকল্প বা মোবাইল "
                                    "অ্যাকাউন্ট।</li><li><b>৫ মিনিট:</b> মূল বার্তা ও "
                                    "সমাপ্তি।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "এক বছরে জরুরি তহবিল",
                                    "situation": (
                                        "নাসিমার স্বামী প্রতি মাসে ৩২,০০০ টাকা পাঠান। "
                                        "টাকা আসামাত্র তিনি ৩,০০০ টাকা সঞ্চয়ী "
                                        "অ্যাকাউন্টে রেখে দেন। দশম মাসে তাঁর শ্বশুরের "
                                        "চিকিৎসার দরকার হলো।"
                                    ),
                                    "lines": [
                                        {
                                            "label": ("১ থেকে ৪ মাসে সঞ্চয় (মাসে ৩,০০০)"),
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "৫ থেকে ৮ মাসে সঞ্চয়",
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "৯ থেকে ১২ মাসে সঞ্চয়",
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "দশম মাসে চিকিৎসা, তহবিল থেকে",
                                            "amount": "5000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "বছর শেষে তহবিলে আছে",
                                    "lesson": (
                                        "কোনো ঋণ ছাড়াই চিকিৎসার খরচ মেটানো গেল, আর "
                                        "পরের বিপদের জন্য এখনো ৩১,০০০ টাকা রয়ে গেল।"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "আগে সঞ্চয়, তারপর খরচ।",
                                        "প্রতি মাসে অল্প অল্প জমালেও তা বড় হয়।",
                                        (
                                            "ধাপে ধাপে প্রায় তিন মাসের মৌলিক খরচের "
                                            "সমান একটি জরুরি তহবিল গড়ার লক্ষ্য রাখুন।"
                                        ),
                                        (
                                            "সঞ্চয় নিরাপদ, বৈধ প্রতিষ্ঠানে রাখুন, "
                                            "তোশকের নিচে নয়।"
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>মুখস্থ থেকে সুদ বা মুনাফার হার বলবেন না; "
                                        "এগুলো বদলায়। শিক্ষার্থীদের বলুন, কোনো সঞ্চয় "
                                        "প্রকল্প কত মুনাফা দেয় আর মাঝপথে বন্ধ করলে কী "
                                        "হয়, তা সরাসরি ব্যাংকে জিজ্ঞেস করতে।</p>"
                                    ),
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> each person chooses a "
                                    "fixed amount to save every month and knows why an "
                                    "emergency fund matters.</li><li><b>Time:</b> 60 "
                                    "minutes.</li><li><b>Materials:</b> play money, "
                                    "envelopes or pots marked with pictures (illness, "
                                    "school, business), and a story card.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>10 minutes:</b> story: a child falls "
                                    "ill, the family has no savings, so they borrow "
                                    "from a money lender. Ask: what else could they "
                                    'have done?</li><li><b>15 minutes:</b> the "save '
                                    'first" game. One group spends first and saves '
                                    "whatever is left; the other puts money into the "
                                    "saving envelope first. Compare the "
                                    "results.</li><li><b>20 minutes:</b> each person "
                                    "chooses a goal (emergencies, school, business) "
                                    "and a monthly amount, even a small "
                                    "one.</li><li><b>10 minutes:</b> where to keep "
                                    "savings: a bank account, a savings scheme at the "
                                    "bank, or a mobile account, instead of cash at "
                                    "home or loans to relatives.</li><li><b>5 "
                                    "minutes:</b> key messages and close.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "An emergency fund in one year",
                                    "situation": (
                                        "Nasima's husband sends 32,000 taka a month. "
                                        "As soon as it arrives, she puts 3,000 taka "
                                        "into a savings account. In the tenth month "
                                        "her father-in-law needs treatment."
                                    ),
                                    "lines": [
                                        {
                                            "label": (
                                                "Saved in months 1 to 4 (3,000 a month)"
                                            ),
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Saved in months 5 to 8",
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Saved in months 9 to 12",
                                            "amount": "12000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "Treatment in month 10, paid from the "
                                                "fund"
                                            ),
                                            "amount": "5000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": (
                                        "In the fund at the end of the year"
                                    ),
                                    "lesson": (
                                        "The treatment was paid for without any loan, "
                                        "and 31,000 taka is still there for the next "
                                        "emergency."
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Save first, then spend.",
                                        "Small amounts saved every month add up.",
                                        (
                                            "Aim, step by step, for an emergency fund "
                                            "worth about three months of basic costs."
                                        ),
                                        (
                                            "Keep savings in a safe, formal place, not "
                                            "under the mattress."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Do not quote interest or profit rates from "
                                        "memory; they change. Tell learners to ask the "
                                        "bank directly what a savings scheme pays and "
                                        "what happens if they stop halfway.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "plan-sending-money-home",
                    "title": {
                        "bn": "সেশন পরিকল্পনা ৩: বৈধ পথে দেশে টাকা পাঠানো",
                        "en": "Session plan 3: Sending money home the legal way",
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা, যেখানে বৈধ পথ ও হুন্ডির তুলনা "
                            "করা হয়, সরকারি প্রণোদনা দেখানো হয় এবং নিরাপদে টাকা "
                            "তোলার নিয়ম শেখানো হয়।"
                        ),
                        "en": (
                            "A one-hour plan that compares formal channels with hundi, "
                            "shows the government incentive, and teaches how to "
                            "collect money safely."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> শিক্ষার্থীরা বৈধ পথগুলোর "
                                    "নাম বলতে পারবেন (ব্যাংক, লাইসেন্সপ্রাপ্ত মানি "
                                    "ট্রান্সফার প্রতিষ্ঠান, মোবাইল ফাইন্যান্সিয়াল "
                                    "সার্ভিস), জানবেন কেন এগুলো হুন্ডির চেয়ে নিরাপদ, "
                                    "আর সরকারি প্রণোদনার কথা "
                                    "জানবেন।</li><li><b>সময়:</b> ৬০ "
                                    "মিনিট।</li><li><b>উপকরণ:</b> বিভিন্ন পথের ছবির "
                                    "কার্ড, টাকা পাঠানোর একটি নমুনা রসিদ, অভিনয়ের "
                                    "কার্ড।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>১০ মিনিট:</b> জিজ্ঞেস করুন প্রতিটি "
                                    "পরিবার কীভাবে টাকা পায়, আর কাউকে দোষ না দিয়ে সব "
                                    "উপায় চার্ট পেপারে লিখুন।</li><li><b>১৫ "
                                    "মিনিট:</b> অভিনয়: হুন্ডির লোক এক স্ত্রীকে বেশি "
                                    "রেটের লোভ দেখায়; ব্যাংকে টাকা পান এমন এক "
                                    "প্রতিবেশী বুঝিয়ে বলেন, কেন তিনি রাজি হন "
                                    "না।</li><li><b>১৫ মিনিট:</b> নিচের টাকার উদাহরণটি "
                                    "সবাই মিলে হিসাব করুন।</li><li><b>১০ মিনিট:</b> "
                                    "নিরাপদে টাকা তোলার উপায়: রসিদ, রেফারেন্স নম্বর, "
                                    "জাতীয় পরিচয়পত্র।</li><li><b>১০ মিনিট:</b> মূল "
                                    "বার্তা ও সমাপ্তি।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "ব্যাংকের মাধ্যমে এক বছরের রেমিট্যান্স",
                                    "situation": (
                                        "কাতারে থাকা শফিক প্রতি মাসে ব্যাংকের মাধ্যমে "
                                        "৩০,০০০ টাকা পাঠান। এই লেখার সময় বৈধ পথে আসা "
                                        "টাকার ওপর সরকার ২.৫ শতাংশ প্রণোদনা দেয়।"
                                    ),
                                    "lines": [
                                        {
                                            "label": ("১২ মাসের রেমিট্যান্স (মাসে ৩০,০০০)"),
                                            "amount": "360000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "২.৫ শতাংশ হারে সরকারি প্রণোদনা",
                                            "amount": "9000",
                                            "direction": "in",
                                        },
                                    ],
                                    "result_label": "পরিবার এক বছরে পায়",
                                    "lesson": (
                                        "এর সমান হতে হলে হুন্ডির লোককে বছরে ৯,০০০ টাকা "
                                        "বেশি দিতে হতো, তবু কোনো রসিদ বা সুরক্ষা থাকত "
                                        "না। এটি শেখানোর আগে প্রণোদনার বর্তমান হার "
                                        "জেনে নিন।"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "ব্যাংক, লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার "
                                            "প্রতিষ্ঠান বা মোবাইল ফাইন্যান্সিয়াল "
                                            "সার্ভিসের মাধ্যমে টাকা পাঠান।"
                                        ),
                                        (
                                            "বৈধ পথে প্রতিটি লেনদেনের রসিদ থাকে, খোঁজও "
                                            "নেওয়া যায়।"
                                        ),
                                        (
                                            "বৈধ পথে পাঠানো টাকায় সরকারি প্রণোদনা "
                                            "মেলে (এই লেখার সময় ২.৫ শতাংশ; বর্তমান "
                                            "হার জেনে নিন)।"
                                        ),
                                        ("হুন্ডি অবৈধ: রসিদ নেই, সুরক্ষা নেই, প্রণোদনাও নেই।"),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>প্রণোদনার হার সরকার ঠিক করে, আর তা বদলাতে "
                                        "পারে। প্রতিটি সেশনের আগে স্থানীয় কোনো "
                                        "ব্যাংকের শাখা থেকে আজকের হার জেনে নিন, আর "
                                        "শিক্ষার্থীদেরও যাচাই করে নিতে বলুন।</p>"
                                    ),
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> learners can name the "
                                    "formal channels (a bank, a licensed "
                                    "money-transfer company, a mobile financial "
                                    "service), know why they are safer than hundi, and "
                                    "know about the government "
                                    "incentive.</li><li><b>Time:</b> 60 "
                                    "minutes.</li><li><b>Materials:</b> picture cards "
                                    "of the channels, a sample transfer receipt, and "
                                    "role-play cards.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>10 minutes:</b> ask how each family "
                                    "receives money, and list every way on chart paper "
                                    "without blaming anyone.</li><li><b>15 "
                                    "minutes:</b> role play: a hundi agent tempts a "
                                    "wife with a better rate; a neighbour who receives "
                                    "money through the bank explains why she says "
                                    "no.</li><li><b>15 minutes:</b> work through the "
                                    "money example below together.</li><li><b>10 "
                                    "minutes:</b> how to collect money safely: the "
                                    "receipt, the reference number, the national ID "
                                    "card.</li><li><b>10 minutes:</b> key messages and "
                                    "close.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "A year of remittance through a bank",
                                    "situation": (
                                        "Shafiq works in Qatar and sends 30,000 taka a "
                                        "month through a bank. At the time of writing, "
                                        "the government adds a 2.5 percent incentive "
                                        "to money that comes in the legal way."
                                    ),
                                    "lines": [
                                        {
                                            "label": (
                                                "Remittance for 12 months (30,000 a "
                                                "month)"
                                            ),
                                            "amount": "360000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "Government incentive at 2.5 percent"
                                            ),
                                            "amount": "9000",
                                            "direction": "in",
                                        },
                                    ],
                                    "result_label": "The family receives in one year",
                                    "lesson": (
                                        "A hundi agent would have to pay 9,000 taka "
                                        "more a year just to match this, and there "
                                        "would still be no receipt and no protection. "
                                        "Check the current incentive rate before you "
                                        "teach this."
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Send money through a bank, a licensed "
                                            "money-transfer company or a mobile "
                                            "financial service."
                                        ),
                                        (
                                            "Every legal transfer has a receipt and "
                                            "can be traced."
                                        ),
                                        (
                                            "Money sent the legal way earns the "
                                            "government incentive (2.5 percent at the "
                                            "time of writing; check the current rate)."
                                        ),
                                        (
                                            "Hundi is illegal: no receipt, no "
                                            "protection and no incentive."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>The government sets the incentive rate, "
                                        "and it can change. Before each session, ask a "
                                        "local bank branch what the rate is today, and "
                                        "tell learners to check it too.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "session-plans-accounts-business-safety",
            "title": {
                "bn": ("সেশন পরিকল্পনা ৪ থেকে ৬: অ্যাকাউন্ট, প্রবাসী আয়ের সঠিক ব্যবহার ও নিরাপত্তা"),
                "en": (
                    "Session plans 4 to 6: accounts, using remittance well and staying "
                    "safe"
                ),
            },
            "summary": {
                "bn": (
                    "শিক্ষার্থীদের শেষ তিনটি মডিউলের জন্য তৈরি পরিকল্পনা: ব্যাংক ও "
                    "মোবাইল অ্যাকাউন্ট, প্রবাসী আয়ের উৎপাদনশীল ব্যবহার ও ছোট ব্যবসা, "
                    "এবং প্রতারণা ও ঋণের ফাঁদ এড়িয়ে কল্যাণমূলক সেবা নেওয়া।"
                ),
                "en": (
                    "Ready-to-use plans for the last three learner modules: bank and "
                    "mobile accounts, productive use of remittance and small business, "
                    "and avoiding fraud and debt traps while using welfare services."
                ),
            },
            "lessons": [
                {
                    "slug": "plan-bank-and-mfs-accounts",
                    "title": {
                        "bn": ("সেশন পরিকল্পনা ৪: ব্যাংক ও মোবাইল ফাইন্যান্সিয়াল সার্ভিস অ্যাকাউন্ট"),
                        "en": (
                            "Session plan 4: Bank and mobile financial service accounts"
                        ),
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা: ব্যাংক ও মোবাইল অ্যাকাউন্ট "
                            "কীভাবে কাজ করে, খুলতে কী লাগে, আর পিন কীভাবে গোপন রাখতে "
                            "হয়।"
                        ),
                        "en": (
                            "A one-hour plan on how bank and mobile accounts work, "
                            "what you need to open one, and how to keep the PIN "
                            "secret."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> শিক্ষার্থীরা ব্যাংক "
                                    "অ্যাকাউন্ট আর মোবাইল ফাইন্যান্সিয়াল সার্ভিস "
                                    "অ্যাকাউন্টের (যেমন বিকাশ, নগদ বা রকেট) পার্থক্য "
                                    "জানবেন, খুলতে কী লাগে জানবেন, আর কীভাবে নিরাপদ "
                                    "রাখতে হয় তা শিখবেন।</li><li><b>সময়:</b> ৬০ "
                                    "মিনিট।</li><li><b>উপকরণ:</b> কাগজে আঁকা ফোনের "
                                    "কি-প্যাড, ছবির কার্ড (ব্যাংক, এজেন্ট, ফোন), "
                                    "জাতীয় পরিচয়পত্রের একটি বানানো নমুনা (কোনো আসল "
                                    "মানুষের নয়), অভিনয়ের কার্ড।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>১০ মিনিট:</b> কার অ্যাকাউন্ট আছে, কোন "
                                    "ধরনের? কেউ উত্তর দিতে বাধ্য নন।</li><li><b>১৫ "
                                    "মিনিট:</b> কাগজের কি-প্যাডে ক্যাশ ইন, টাকা "
                                    "পাঠানো, ব্যালান্স দেখা আর ক্যাশ আউট অনুশীলন "
                                    "করুন।</li><li><b>১৫ মিনিট:</b> ইউনিয়ন ডিজিটাল "
                                    "সেন্টারের উদ্যোক্তা বা কোনো ব্যাংকের এজেন্ট "
                                    "বুঝিয়ে বলবেন কীভাবে অ্যাকাউন্ট খুলতে হয় আর কী "
                                    "কী কাগজ লাগে। অনেক সেন্টারে এজেন্ট ব্যাংকিং সেবা "
                                    "আছে; আপনার এলাকার সেন্টারে জিজ্ঞেস "
                                    "করুন।</li><li><b>১০ মিনিট:</b> অভিনয়: একজন ফোন "
                                    "করে বলে সে মোবাইল কোম্পানি থেকে বলছে, আর পিন "
                                    "নম্বর চায়।</li><li><b>১০ মিনিট:</b> মূল বার্তা ও "
                                    "সমাপ্তি।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "সঞ্চয়ের কাজটা অ্যাকাউন্টকেই করতে দিন",
                                    "situation": (
                                        "ওমানে থাকা কুলসুমের ছেলে প্রতি মাসে সরাসরি "
                                        "তাঁর ব্যাংক অ্যাকাউন্টে ৩৫,০০০ টাকা পাঠান। "
                                        "কুলসুম শুধু সংসারের প্রয়োজনমতো টাকা তোলেন, "
                                        "আর একটি নির্দিষ্ট অঙ্ক মাসিক সঞ্চয় প্রকল্পে "
                                        "রাখেন।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "অ্যাকাউন্টে আসা রেমিট্যান্স",
                                            "amount": "35000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "সংসারের জন্য তোলা হলো",
                                            "amount": "22000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "মাসিক সঞ্চয় প্রকল্পে রাখা হলো",
                                            "amount": "8000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "বিপদের জন্য অ্যাকাউন্টে রইল",
                                    "lesson": (
                                        "অ্যাকাউন্টে রাখা টাকা ঘরে রাখা নগদের চেয়ে "
                                        "নিরাপদ, আর হাতের কাছে আছে বলেই খরচ হয়ে যায় "
                                        "না।"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "নিজের নামে, নিজের জাতীয় পরিচয়পত্র দিয়ে "
                                            "অ্যাকাউন্ট খুলুন।"
                                        ),
                                        (
                                            "পিন বা মেসেজে আসা কোড কখনো কাউকে বলবেন "
                                            "না; কোম্পানির কর্মীরা কখনো এগুলো চান না।"
                                        ),
                                        "প্রতিটি লেনদেনের মেসেজ বা রসিদ রেখে দিন।",
                                        (
                                            "অ্যাকাউন্ট খোলার আগে খরচ ও মুনাফার কথা "
                                            "ব্যাংক বা সেবাদাতার কাছে জেনে নিন।"
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>একটি পরিচিত প্রতারণা: ফোন বা মেসেজে বলা "
                                        "হয় ভুল করে আপনার অ্যাকাউন্টে টাকা চলে গেছে, "
                                        "কিংবা আপনার অ্যাকাউন্ট বন্ধ হয়ে যাবে, তারপর "
                                        "পিন বা কোড চাওয়া হয়। ফোন কেটে দিন। নিজেই "
                                        "ব্যালান্স দেখুন, আর সন্দেহ হলে সেবাদাতার "
                                        "নিজস্ব অফিস বা এজেন্টের কাছে যান।</p>"
                                    ),
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> learners know the "
                                    "difference between a bank account and a mobile "
                                    "financial service account (such as bKash, Nagad "
                                    "or Rocket), what they need to open one, and how "
                                    "to keep it safe.</li><li><b>Time:</b> 60 "
                                    "minutes.</li><li><b>Materials:</b> a phone keypad "
                                    "drawn on paper, picture cards (bank, agent, "
                                    "phone), a made-up sample national ID card (not a "
                                    "real person's), and role-play cards.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>10 minutes:</b> who has an account, "
                                    "and what kind? Nobody has to "
                                    "answer.</li><li><b>15 minutes:</b> on the paper "
                                    "keypad, practise cash in, sending money, checking "
                                    "the balance and cash out.</li><li><b>15 "
                                    "minutes:</b> the UDC entrepreneur or a bank's "
                                    "agent explains how to open an account and which "
                                    "papers are needed. Many centres offer agent "
                                    "banking; ask at the one near you.</li><li><b>10 "
                                    "minutes:</b> role play: a caller says he is from "
                                    "the mobile company and asks for the "
                                    "PIN.</li><li><b>10 minutes:</b> key messages and "
                                    "close.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "Let the account do the saving",
                                    "situation": (
                                        "Kulsum's son works in Oman and sends 35,000 "
                                        "taka a month straight into her bank account. "
                                        "Kulsum takes out only what the household "
                                        "needs, and puts a fixed amount into a monthly "
                                        "savings scheme."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Remittance into the account",
                                            "amount": "35000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Withdrawn for the household",
                                            "amount": "22000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": (
                                                "Put into the monthly savings scheme"
                                            ),
                                            "amount": "8000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": (
                                        "Left in the account for emergencies"
                                    ),
                                    "lesson": (
                                        "Money kept in the account is safer than cash "
                                        "at home, and it does not get spent just "
                                        "because it is within reach."
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Open the account in your own name, with "
                                            "your own national ID card."
                                        ),
                                        (
                                            "Never tell anyone your PIN or a code sent "
                                            "by message; company staff never ask for "
                                            "them."
                                        ),
                                        (
                                            "Keep the message or receipt for every "
                                            "transaction."
                                        ),
                                        (
                                            "Before opening an account, ask the bank "
                                            "or provider about charges and profit."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>A common trick: a call or message says "
                                        "money was sent to your account by mistake, or "
                                        "that your account is about to be closed, and "
                                        "then asks for your PIN or code. Hang up. "
                                        "Check the balance yourself, and if in doubt "
                                        "go to the provider's own office or agent.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "plan-productive-use-small-business",
                    "title": {
                        "bn": ("সেশন পরিকল্পনা ৫: প্রবাসী আয়ের উৎপাদনশীল ব্যবহার ও ছোট ব্যবসা"),
                        "en": (
                            "Session plan 5: Using remittance productively and "
                            "starting a small business"
                        ),
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা: সঞ্চয় বা ঋণের টাকা খাটানোর আগে "
                            "সহজ হিসাব করে ব্যবসার ধারণা যাচাই করা।"
                        ),
                        "en": (
                            "A one-hour plan for testing a business idea with simple "
                            "sums before putting savings or a loan into it."
                        ),
                    },
                    "minutes": 10,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> শিক্ষার্থীরা সংসারের "
                                    "টাকা আর ব্যবসার টাকা আলাদা রাখবেন, আর টাকা "
                                    "খাটানোর আগে এক মাসের আয়-ব্যয়ের সহজ হিসাব করে "
                                    "ব্যবসার ধারণা যাচাই করবেন।</li><li><b>সময়:</b> "
                                    "৬০ মিনিট।</li><li><b>উপকরণ:</b> স্থানীয় ব্যবসার "
                                    "ছবির কার্ড (গরু পালন, হাঁস-মুরগি, সেলাই, মুদি "
                                    "দোকান, মোবাইল মেরামত), খেলনা টাকা, চার্ট "
                                    "পেপার।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>১০ মিনিট:</b> গল্প: বিদেশফেরত এক "
                                    "কাঠমিস্ত্রি প্রথমে স্থানীয় একটি কাঠের কারখানায় "
                                    "কাজ নিলেন, তারপর ধাপে ধাপে একটি গরু আর অল্প জমি "
                                    "কিনলেন। জিজ্ঞেস করুন: তিনি কেন ছোট থেকে শুরু "
                                    "করলেন?</li><li><b>২০ মিনিট:</b> প্রতিটি দল একটি "
                                    "ব্যবসা বেছে নিয়ে এক মাসের আয় ও খরচের হিসাব "
                                    "করবে।</li><li><b>১৫ মিনিট:</b> ঝুঁকির প্রশ্ন: পশু "
                                    "অসুস্থ হলে কী হবে? কে কিনবে? দাম পড়ে "
                                    "গেলে?</li><li><b>১০ মিনিট:</b> পরামর্শ, দক্ষতার "
                                    "প্রশিক্ষণ আর ঋণ কোথায় পাওয়া যায় (নিচের সেবার "
                                    "কার্ড দেখুন)।</li><li><b>৫ মিনিট:</b> মূল বার্তা "
                                    "ও সমাপ্তি।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "দুধের গাভীর সঙ্গে এক মাস",
                                    "situation": (
                                        "জামাল কুয়েত থেকে ফিরে একটি গাভী কিনেছেন। "
                                        "গাভীটি দিনে প্রায় ৭ লিটার দুধ দেয়, তিনি "
                                        "প্রতি লিটার ৬০ টাকায় বিক্রি করেন। এগুলো "
                                        "উদাহরণের সংখ্যা; আপনার এলাকার দাম ব্যবহার "
                                        "করুন।"
                                    ),
                                    "lines": [
                                        {
                                            "label": ("দুধ বিক্রি (দিনে ৭ লিটার, ৩০ দিন)"),
                                            "amount": "12600",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "দানাদার খাবার, খড় ও ঘাস",
                                            "amount": "6500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "পশু চিকিৎসক ও ওষুধ",
                                            "amount": "700",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "অন্যান্য খরচ",
                                            "amount": "400",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": ("নিজের শ্রমের দাম বাদ দিয়ে মাসের লাভ"),
                                    "lesson": (
                                        "তারপর জিজ্ঞেস করুন: গাভীর দাম উঠে আসতে কত মাস "
                                        "লাগবে? যে মাসগুলোতে গাভী দুধ দেয় না, তখন কী "
                                        "হবে?"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "ছোট থেকে শুরু করুন, যে দক্ষতা আগে থেকেই "
                                            "আছে তা দিয়ে।"
                                        ),
                                        "ব্যবসার টাকা সংসারের টাকা থেকে আলাদা রাখুন।",
                                        "সব সঞ্চয় একটি ব্যবসায় ঢালবেন না।",
                                        (
                                            "ঋণ নেওয়ার আগে পরামর্শ নিন, আর ঠিক "
                                            "ততটুকুই নিন যতটা ব্যবসা থেকে শোধ করা "
                                            "যাবে।"
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "pkb",
                            },
                            {
                                "type": "official_service",
                                "value": "bkttc",
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> learners keep household "
                                    "money and business money apart, and test a "
                                    "business idea with a simple month of income and "
                                    "costs before investing.</li><li><b>Time:</b> 60 "
                                    "minutes.</li><li><b>Materials:</b> picture cards "
                                    "of local businesses (cattle, poultry, tailoring, "
                                    "a grocery shop, phone repair), play money, and "
                                    "chart paper.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>10 minutes:</b> story: a returnee "
                                    "carpenter first took a job in a local woodworking "
                                    "shop, then step by step bought a cow and a little "
                                    "land. Ask: why did he start small?</li><li><b>20 "
                                    "minutes:</b> each group picks one business and "
                                    "works out one month of income and "
                                    "costs.</li><li><b>15 minutes:</b> risk questions: "
                                    "what if the animal falls sick? Who will buy? What "
                                    "if prices fall?</li><li><b>10 minutes:</b> where "
                                    "to find advice, skills training and loans (see "
                                    "the service cards below).</li><li><b>5 "
                                    "minutes:</b> key messages and close.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "One month with a dairy cow",
                                    "situation": (
                                        "Jamal came back from Kuwait and bought a cow. "
                                        "She gives about 7 litres of milk a day, which "
                                        "he sells at 60 taka a litre. These are "
                                        "example numbers; use the prices in your area."
                                    ),
                                    "lines": [
                                        {
                                            "label": (
                                                "Milk sold (7 litres a day for 30 days)"
                                            ),
                                            "amount": "12600",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Feed, straw and grass",
                                            "amount": "6500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Vet and medicine",
                                            "amount": "700",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Other costs",
                                            "amount": "400",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": (
                                        "Profit for the month, before paying for his "
                                        "own time"
                                    ),
                                    "lesson": (
                                        "Then ask: how many months will it take to "
                                        "earn back the price of the cow? What happens "
                                        "in the months when she gives no milk?"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "Start small, with a skill you already have.",
                                        (
                                            "Keep business money separate from "
                                            "household money."
                                        ),
                                        (
                                            "Do not put all your savings into one "
                                            "business."
                                        ),
                                        (
                                            "Get advice before you borrow, and borrow "
                                            "only what the business can repay."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "pkb",
                            },
                            {
                                "type": "official_service",
                                "value": "bkttc",
                            },
                        ],
                    },
                },
                {
                    "slug": "plan-fraud-debt-welfare",
                    "title": {
                        "bn": ("সেশন পরিকল্পনা ৬: প্রতারণা ও ঋণের ফাঁদ এড়ানো এবং কল্যাণমূলক সেবা"),
                        "en": (
                            "Session plan 6: Avoiding fraud and debt traps, and using "
                            "welfare services"
                        ),
                    },
                    "summary": {
                        "bn": (
                            "এক ঘণ্টার একটি পরিকল্পনা: প্রচলিত প্রতারণা চেনা, ঋণ "
                            "কীভাবে বাড়ে তা দেখা, আর ওয়েজ আর্নার্স কল্যাণ বোর্ড ও "
                            "প্রবাসী কল্যাণ ব্যাংক কী সেবা দেয় তা জানা।"
                        ),
                        "en": (
                            "A one-hour plan to spot common tricks, see how debt "
                            "grows, and learn what the Wage Earners' Welfare Board and "
                            "Probashi Kallyan Bank offer."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "এক নজরে",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>উদ্দেশ্য:</b> শিক্ষার্থীরা প্রচলিত "
                                    "প্রতারণা চিনতে পারবেন, এক ঋণ শোধ করতে আরেক ঋণ "
                                    "নেওয়া কীভাবে ফাঁদ হয়ে যায় তা বুঝবেন, আর কোথায় "
                                    "কল্যাণমূলক সহায়তা পাওয়া যায় ও কোথায় অভিযোগ "
                                    "করা যায় তা জানবেন।</li><li><b>সময়:</b> ৬০ "
                                    'মিনিট।</li><li><b>উপকরণ:</b> "সত্যি না ফাঁদ" '
                                    "ঘটনার কার্ড, চার্ট পেপার, সরকারি সেবার কার্ডের "
                                    "প্রিন্ট।</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "কার্যক্রম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<ol><li><b>১৫ মিনিট:</b> "সত্যি না ফাঁদ": কার্ড '
                                    'পড়ে শোনান, যেমন "একজন লোক বলছে আজ টাকা দিলে দুই '
                                    "সপ্তাহে ইউরোপে চাকরি হবে, কিন্তু কোনো রসিদ দেবে "
                                    'না।" দল সিদ্ধান্ত নেবে এবং কারণ '
                                    "বলবে।</li><li><b>১৫ মিনিট:</b> ঋণের ফাঁদ: নিচের "
                                    "টাকার উদাহরণটি চার্ট পেপারে হিসাব "
                                    "করুন।</li><li><b>১৫ মিনিট:</b> কল্যাণমূলক সেবা: "
                                    "নিবন্ধিত প্রবাসী ও তাঁদের পরিবারের জন্য ওয়েজ "
                                    "আর্নার্স কল্যাণ বোর্ডের সেবা, আর প্রবাসী কল্যাণ "
                                    "ব্যাংকের ঋণ।</li><li><b>১০ মিনিট:</b> কোথায় "
                                    "অভিযোগ করবেন: রিক্রুটিং এজেন্সি বা দালালের "
                                    "বিরুদ্ধে জেলা কর্মসংস্থান ও জনশক্তি অফিসে, আর "
                                    "প্রতারণার বিষয়ে পুলিশের কাছে।</li><li><b>৫ "
                                    "মিনিট:</b> মূল বার্তা ও সমাপ্তি।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "ঋণ শোধ করতে আবার ঋণ",
                                    "situation": (
                                        "রফিকের পরিবারের একটি এনজিওর কাছে ৪০,০০০ টাকা "
                                        "ঋণ ছিল। রেমিট্যান্স আসতে দেরি হওয়ায় তা শোধ "
                                        "করতে তাঁরা মহাজনের কাছ থেকে ৪০,০০০ টাকা "
                                        "নিলেন। ধরা যাক, মহাজন শুধু সুদ হিসেবেই মাসে "
                                        "৪,০০০ টাকা চান (এটি উদাহরণ, আসল কোনো হার "
                                        "নয়)।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "মহাজনের কাছ থেকে ঋণ",
                                            "amount": "40000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "এনজিওর ঋণ শোধ",
                                            "amount": "40000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "১০ মাসে মহাজনকে সুদ (মাসে ৪,০০০)",
                                            "amount": "40000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "১০ মাস পরে আয় বাদ খরচ",
                                    "lesson": (
                                        "দশ মাস পরে পরিবারটি ৪০,০০০ টাকা সুদ দিয়েছে, "
                                        "অথচ মহাজনের পুরো ৪০,০০০ টাকা এখনো বাকি। "
                                        "পুরোনো ঋণ শেষ হয়নি, শুধু আরও দামি হয়েছে।"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        ("প্রস্তাব যদি অবিশ্বাস্য রকম ভালো শোনায়, তবে সেটা ফাঁদ।"),
                                        (
                                            "রসিদ ছাড়া কোনো দালালকে টাকা দেবেন না; "
                                            "রিক্রুটিং এজেন্সির খোঁজ বিএমইটি বা জেলা "
                                            "অফিসে নিন।"
                                        ),
                                        (
                                            "পুরোনো ঋণ শোধ করতে নতুন ঋণ নেবেন না; আগে "
                                            "ঋণদাতার সঙ্গে কথা বলুন।"
                                        ),
                                        (
                                            "প্রবাসী কর্মী ওয়েজ আর্নার্স কল্যাণ "
                                            "বোর্ডে নিবন্ধিত কি না নিশ্চিত করুন, যাতে "
                                            "বিপদে পরিবার সহায়তা পায়।"
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>আপনি আইনজীবী বা পুলিশ নন। মন দিয়ে শুনুন, "
                                        "অনুমতি নিয়ে ঘটনাগুলো লিখে রাখুন, আর সঠিক "
                                        "অফিসে পৌঁছাতে সাহায্য করুন। হারানো টাকা ফেরত "
                                        "পাওয়া যাবে, এমন প্রতিশ্রুতি দেবেন না।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "wewb",
                            },
                            {
                                "type": "official_service",
                                "value": "police_expatriate_help",
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "At a glance",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>Objective:</b> learners can spot "
                                    "common tricks, understand how borrowing to repay "
                                    "another loan becomes a trap, and know where to "
                                    "get welfare support and where to "
                                    "complain.</li><li><b>Time:</b> 60 "
                                    'minutes.</li><li><b>Materials:</b> "true or '
                                    'trick" scenario cards, chart paper, and '
                                    "printouts of the official service "
                                    "cards.</li></ul>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "Activity, step by step",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<ol><li><b>15 minutes:</b> "true or trick": '
                                    'read out cards such as "A man says that if you '
                                    "pay him today you will have a job in Europe in "
                                    'two weeks, but he will give no receipt." The '
                                    "group decides and says why.</li><li><b>15 "
                                    "minutes:</b> the debt trap: work through the "
                                    "money example below on chart paper.</li><li><b>15 "
                                    "minutes:</b> welfare services: what the Wage "
                                    "Earners' Welfare Board offers registered migrants "
                                    "and their families, and the loans of Probashi "
                                    "Kallyan Bank.</li><li><b>10 minutes:</b> where to "
                                    "complain: the District Employment and Manpower "
                                    "Office about recruiting agencies or brokers, and "
                                    "the police about fraud.</li><li><b>5 minutes:</b> "
                                    "key messages and close.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "Borrowing to repay a loan",
                                    "situation": (
                                        "Rafiq's family owed 40,000 taka to an NGO. "
                                        "When the remittance was late, they borrowed "
                                        "40,000 taka from a money lender to pay it "
                                        "off. Suppose the lender asks 4,000 taka a "
                                        "month just as interest (an example, not a "
                                        "real rate)."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Borrowed from the money lender",
                                            "amount": "40000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Paid to close the NGO loan",
                                            "amount": "40000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": (
                                                "Interest to the money lender for 10 "
                                                "months (4,000 a month)"
                                            ),
                                            "amount": "40000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": (
                                        "After 10 months, money in minus money out"
                                    ),
                                    "lesson": (
                                        "After ten months the family has paid 40,000 "
                                        "taka in interest and still owes the lender "
                                        "the whole 40,000. The old debt did not go "
                                        "away; it just became more expensive."
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "If an offer sounds too good to be true, "
                                            "it is a trick."
                                        ),
                                        (
                                            "Never pay a broker without a receipt; "
                                            "check the recruiting agency with BMET or "
                                            "the district office."
                                        ),
                                        (
                                            "Do not take a new loan to pay an old one; "
                                            "talk to the lender first."
                                        ),
                                        (
                                            "Make sure the migrant is registered with "
                                            "the Wage Earners' Welfare Board, so the "
                                            "family can get support if something goes "
                                            "wrong."
                                        ),
                                    ],
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>You are not a lawyer or a police officer. "
                                        "Listen carefully, note down the facts with "
                                        "the person's permission, and help them reach "
                                        "the right office. Do not promise that lost "
                                        "money will come back.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "wewb",
                            },
                            {
                                "type": "official_service",
                                "value": "police_expatriate_help",
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "budget-exercise-and-hard-questions",
            "title": {
                "bn": "বাজেট অনুশীলন ও কঠিন প্রশ্ন",
                "en": "The budget exercise and hard questions",
            },
            "summary": {
                "bn": (
                    "ধাপে ধাপে পারিবারিক বাজেট অনুশীলন চালানো, আর ঋণ, মহাজন ও হুন্ডি "
                    "নিয়ে শিক্ষার্থীদের সবচেয়ে কঠিন প্রশ্নগুলোর উত্তর দেওয়া।"
                ),
                "en": (
                    "Run the household budget exercise step by step, and answer the "
                    "questions learners find hardest, about loans, money lenders and "
                    "hundi."
                ),
            },
            "lessons": [
                {
                    "slug": "budget-exercise-step-by-step",
                    "title": {
                        "bn": "পারিবারিক বাজেট অনুশীলন, ধাপে ধাপে",
                        "en": "The household budget exercise, step by step",
                    },
                    "summary": {
                        "bn": (
                            "খেলনা টাকা আর ছবির কার্ড দিয়ে একটি ছোট দলকে একটি "
                            "পরিবারের এক মাসের হিসাব করান, তারপর ফলাফলটা দণ্ড এঁকে "
                            "দেখান।"
                        ),
                        "en": (
                            "Guide a small group through one family's month with play "
                            "money and picture cards, then draw the result as bars."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "প্রস্তুতি",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>চার থেকে ছয়জনের দলে কাজ করুন, মোটামুটি ২৫ "
                                    "মিনিট। প্রতিটি দলের লাগবে এক সেট ছবির কার্ড "
                                    "(খাবার, বিদ্যুৎ ও জ্বালানি, স্কুল, ওষুধ, ঋণের "
                                    "কিস্তি, সঞ্চয়, সামাজিক ও উৎসবের খরচ), এক মাসের "
                                    "খেলনা টাকা আর একটি চার্ট পেপার।</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>আয় গুনুন:</b> এই মাসে যা আসবে সব গুনে "
                                    "নিন: রেমিট্যান্স আর স্থানীয় যেকোনো আয়। সব এক "
                                    "স্তূপে রাখুন।</li><li><b>কার্ড সাজান:</b> মেঝেতে "
                                    "এক সারিতে ছবির কার্ডগুলো রাখুন।</li><li><b>আগে "
                                    "প্রয়োজন:</b> প্রথমে খাবার, স্কুল, ওষুধ আর ঋণের "
                                    "কিস্তির কার্ডে টাকা রাখুন।</li><li><b>আগেভাগে "
                                    "সঞ্চয়:</b> এরপরই সঞ্চয়ের কার্ডে টাকা রাখুন, "
                                    "একেবারে শেষে নয়।</li><li><b>বাকি গুনুন:</b> "
                                    "কিছুই না থাকলে বা খুব কম থাকলে জিজ্ঞেস করুন, কোন "
                                    "কার্ডে কম দেওয়া যায়।</li><li><b>এঁকে ফেলুন:</b> "
                                    "চার্ট পেপারে প্রতিটি কার্ডের জন্য একটি দণ্ড "
                                    "আঁকুন; টাকার যত বড় অংশ সেই খাতে গেছে, দণ্ড তত "
                                    "উঁচু। পরিবার ছবিটা বাড়ি নিয়ে যাবে।</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "সালমার পরিবার: এক মাস",
                                    "situation": (
                                        "সালমার স্বামী সৌদি আরবে কাজ করেন, প্রতি মাসে "
                                        "৩৫,০০০ টাকা পাঠান। সালমা বাড়ির মুরগির ডিমও "
                                        "বিক্রি করেন। খেলনা টাকা দিয়ে তাঁর দল এই "
                                        "বাজেটটি বানিয়েছে।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "সৌদি আরব থেকে রেমিট্যান্স",
                                            "amount": "35000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "ডিম বিক্রি",
                                            "amount": "3000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "খাবার",
                                            "amount": "14000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "বিদ্যুৎ, জ্বালানি ও ফোন",
                                            "amount": "2500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "সন্তানদের স্কুল",
                                            "amount": "4000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "ওষুধ",
                                            "amount": "1500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "ঋণের কিস্তি",
                                            "amount": "6000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "সঞ্চয়",
                                            "amount": "5000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "সামাজিক ও উৎসবের খরচ",
                                            "amount": "2000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "হঠাৎ খরচের জন্য রইল",
                                    "lesson": (
                                        "পরিবারটি ৫,০০০ টাকা সঞ্চয় করছে, তবু হঠাৎ "
                                        "খরচের জন্য ৩,০০০ টাকা হাতে রাখছে। রেমিট্যান্স "
                                        "৫,০০০ টাকা কম এলে কোন কার্ডগুলো থেকে আগে "
                                        "কমাবেন?"
                                    ),
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "chart": "budget",
                                    "alt_text": (
                                        "একটি পরিবারের মাসিক খরচের দণ্ডচিত্র। প্রতিটি "
                                        "দণ্ড এক ধরনের খরচ, আর তার উচ্চতা দেখায় মাসের "
                                        "টাকার কত অংশ সেই খাতে যায়।"
                                    ),
                                    "caption": (
                                        "দলের সঙ্গে চার্ট পেপারে এমন দণ্ড আঁকুন: "
                                        "সবচেয়ে উঁচু দণ্ডটি দেখায় বেশির ভাগ টাকা "
                                        "কোথায় যায়।"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>খাবার আর ঋণের দণ্ড সবচেয়ে উঁচু হলে আলোচনা "
                                        "সেখান থেকেই শুরু করুন: হাট থেকে একসঙ্গে বেশি "
                                        "কিনে খরচ কমানো যায় কি? কোনো ঋণ আগেভাগে শোধ "
                                        "করে সুদ বন্ধ করা যায় কি?</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>সালমার মতো একটি কাল্পনিক পরিবার নিয়ে কাজ "
                                        "করুন। কোনো শিক্ষার্থী নিজে থেকে চাইলে তবেই "
                                        "তাঁর আসল হিসাব ব্যবহার করুন, আর অনুমতি ছাড়া "
                                        "এক পরিবারের বাজেট অন্যদের দেখাবেন না।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        "আগে প্রয়োজন, তারপর সঞ্চয়, তারপর বাকি সব।",
                                        (
                                            "সঞ্চয়ের কার্ডে আগেভাগে টাকা রাখতে হয়; "
                                            "শেষে যা বাঁচে, সেটা সঞ্চয় নয়।"
                                        ),
                                        ("দণ্ড এঁকে দেখালে বাজেট সহজে চোখে পড়ে, মনেও থাকে।"),
                                        "পরিবার নিজেদের আঁকা ছবিটা বাড়ি নিয়ে যায়।",
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Getting ready",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Work in groups of four to six people, for "
                                    "about 25 minutes. Each group needs a set of "
                                    "picture cards (food, electricity and fuel, "
                                    "school, medicine, loan instalment, saving, social "
                                    "and festival costs), one month of play money, and "
                                    "a sheet of chart paper.</p>"
                                ),
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ol><li><b>Count the money in:</b> count "
                                    "everything that comes in this month: the "
                                    "remittance and any local income. Put it all in "
                                    "one pile.</li><li><b>Lay out the cards:</b> put "
                                    "the picture cards in a row on the "
                                    "floor.</li><li><b>Needs first:</b> put money on "
                                    "the food, school, medicine and loan instalment "
                                    "cards first.</li><li><b>Save early:</b> put money "
                                    "on the saving card next, not at the very "
                                    "end.</li><li><b>Count what is left:</b> if "
                                    "nothing, or too little, is left, ask which card "
                                    "can take less.</li><li><b>Draw it:</b> on chart "
                                    "paper, draw a bar for each card; the bigger its "
                                    "share of the money, the taller the bar. The "
                                    "family takes the drawing home.</li></ol>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "Salma's family: one month",
                                    "situation": (
                                        "Salma's husband works in Saudi Arabia and "
                                        "sends 35,000 taka a month. Salma also sells "
                                        "eggs from her hens. Her group made this "
                                        "budget with play money."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Remittance from Saudi Arabia",
                                            "amount": "35000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Eggs sold",
                                            "amount": "3000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "Food",
                                            "amount": "14000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Electricity, fuel and phone",
                                            "amount": "2500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Children's school",
                                            "amount": "4000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Medicine",
                                            "amount": "1500",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Loan instalment",
                                            "amount": "6000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Saving",
                                            "amount": "5000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "Social and festival costs",
                                            "amount": "2000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "Left for the unexpected",
                                    "lesson": (
                                        "The family saves 5,000 taka and still keeps "
                                        "3,000 for surprises. If the remittance were "
                                        "5,000 taka smaller, which cards would they "
                                        "cut first?"
                                    ),
                                },
                            },
                            {
                                "type": "image",
                                "value": {
                                    "chart": "budget",
                                    "alt_text": (
                                        "A bar chart of one household's monthly "
                                        "spending. Each bar is one kind of spending, "
                                        "and its height shows how much of the month's "
                                        "money goes there."
                                    ),
                                    "caption": (
                                        "Draw bars like these on chart paper with the "
                                        "group: the tallest bar shows where most of "
                                        "the money goes."
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "text": (
                                        "<p>If the food and loan bars are the tallest, "
                                        "start the discussion there: can the family "
                                        "save by buying in bulk at the market? Can any "
                                        "loan be paid off early to stop the "
                                        "interest?</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>Work with an imaginary family like "
                                        "Salma's. Use a learner's real numbers only if "
                                        "they offer them, and never show one family's "
                                        "budget to others without asking.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Needs first, then saving, then everything "
                                            "else."
                                        ),
                                        (
                                            "Saving is a card you fill early, not "
                                            "whatever happens to be left."
                                        ),
                                        (
                                            "Drawing the bars makes the budget easy to "
                                            "see and to remember."
                                        ),
                                        "The family takes its own drawing home.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "hard-questions-loans-money-lenders",
                    "title": {
                        "bn": "ঋণ ও মহাজন নিয়ে কঠিন প্রশ্নের উত্তর",
                        "en": "Answering hard questions about loans and money lenders",
                    },
                    "summary": {
                        "bn": (
                            "মানুষ কেন মহাজনের কাছে যান তা স্বীকার করুন, তারপর ঋণের "
                            "মোট খরচ দেখিয়ে বৈধ প্রতিষ্ঠানের ঋণের সঙ্গে তুলনা করতে "
                            "সাহায্য করুন।"
                        ),
                        "en": (
                            "Acknowledge why people go to money lenders, then help "
                            "them see the total cost of a loan and compare it with "
                            "formal lenders."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "মানুষ কেন মহাজনের কাছে যান",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>মহাজন কাছেই থাকেন, সেদিনই নগদ টাকা দেন, কোনো "
                                    "কাগজ চান না, আর পরিবারটিকে চেনেন। এই কারণগুলো "
                                    "সত্যি; যিনি ঋণ নিয়েছেন তাঁকে নিয়ে হাসাহাসি "
                                    "করবেন না। প্রথমে মেনে নিন যে দ্রুত টাকা পাওয়া আর "
                                    "বিশ্বাস দুটোই গুরুত্বপূর্ণ, তারপর সবাই মিলে পুরো "
                                    "খরচটা দেখুন।</p>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "৫০,০০০ টাকা ঋণের আসল খরচ",
                                    "situation": (
                                        "ধরা যাক, একজন মহাজন ৫০,০০০ টাকা দিলেন আর সুদ "
                                        "হিসেবে মাসে ৪,০০০ টাকা চাইলেন, আর মূল ৫০,০০০ "
                                        "টাকা ফেরত দিতে পরিবারটির ১৫ মাস লাগল। এগুলো "
                                        "উদাহরণের সংখ্যা, আসল কোনো হার নয়।"
                                    ),
                                    "lines": [
                                        {
                                            "label": "ঋণ পাওয়া গেল",
                                            "amount": "50000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": "১৫ মাসের সুদ (মাসে ৪,০০০)",
                                            "amount": "60000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "মূল ঋণ ফেরত",
                                            "amount": "50000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "আয় বাদ খরচ",
                                    "lesson": (
                                        "৫০,০০০ টাকার জন্য পরিবারটি ফেরত দিল ১,১০,০০০ "
                                        "টাকা। যেকোনো ঋণের আগে একটি প্রশ্ন করুন: সব "
                                        "মিলিয়ে কত টাকা ফেরত দিতে হবে, আর কবের মধ্যে?"
                                    ),
                                },
                            },
                            {
                                "type": "heading",
                                "value": "যে প্রশ্নগুলো আপনি শুনবেন",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<p><b>"মহাজন আজই টাকা দেন, ব্যাংকে সপ্তাহের পর '
                                    'সপ্তাহ লাগে।"</b> ঠিক কথা। এই কারণেই জরুরি তহবিল '
                                    "দরকার: সেটা আপনার নিজের টাকা, যা সেদিনই হাতে "
                                    "পাওয়া যায়। ব্যবসার মতো পরিকল্পিত প্রয়োজনে "
                                    "ব্যাংক বা প্রবাসী কল্যাণ ব্যাংকে খোঁজ নেওয়ার "
                                    'সময় থাকে।</p><p><b>"আমার এখন তিনটা ঋণ। কী '
                                    'করব?"</b> প্রতিটি ঋণের কিস্তি আর মোট কত বাকি, '
                                    "তার তালিকা করুন। যেটার খরচ সবচেয়ে বেশি, সেটা আগে "
                                    "শোধ করুন। কিস্তি বাদ পড়ার আগেই ঋণদাতাদের সঙ্গে "
                                    "কথা বলুন। পুরোনো ঋণ শোধ করতে নতুন ঋণ নেবেন "
                                    'না।</p><p><b>"ছেলের বিদেশ যাওয়ার জন্য টাকা '
                                    'লাগবে।"</b> আগে জেলা কর্মসংস্থান ও জনশক্তি অফিস '
                                    "থেকে আসল খরচ জেনে নিন, আর এজেন্সির খোঁজ নিন। "
                                    "প্রবাসী কল্যাণ ব্যাংক অভিবাসন ঋণ দেয়; মহাজনের "
                                    "কাছে যাওয়ার আগে সেখানে শর্তগুলো জেনে নিন।</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>মুখস্থ থেকে বা আন্দাজে কখনো সুদের হার "
                                        'বলবেন না। বলুন: "চলুন, ব্যাংকে জিজ্ঞেস করি '
                                        'তারা কত নেয়," আর শিক্ষার্থীকে প্রশ্নগুলো '
                                        "গুছিয়ে নিতে সাহায্য করুন: মাসে কত, কত মাস "
                                        "ধরে, আর সব মিলিয়ে কত।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>প্রবাসী কল্যাণ ব্যাংক বা অন্য কোথাও থেকে "
                                        "ঋণ পাইয়ে দেওয়ার প্রতিশ্রুতি কাউকে দেবেন না। "
                                        "কোথায় ও কীভাবে আবেদন করতে হয় তা বুঝিয়ে "
                                        "বলতে পারেন; সিদ্ধান্ত নেবে ঋণদাতা "
                                        "প্রতিষ্ঠান।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "pkb",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "মানুষ কেন মহাজনের কাছ থেকে ঋণ নেন, সেই "
                                            "কারণগুলোকে সম্মান করুন।"
                                        ),
                                        (
                                            "শুধু মাসিক কিস্তি নয়, সব মিলিয়ে কত ফেরত "
                                            "দিতে হবে সব সময় তা হিসাব করুন।"
                                        ),
                                        (
                                            "মহাজনের কাছে যাওয়া ঠেকানোর সবচেয়ে ভালো "
                                            "উপায় জরুরি তহবিল।"
                                        ),
                                        (
                                            "হার আন্দাজ করবেন না; শর্ত জানতে ব্যাংক বা "
                                            "প্রবাসী কল্যাণ ব্যাংকে পাঠান।"
                                        ),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Why people go to the money lender",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>The money lender lives nearby, gives cash the "
                                    "same day, asks for no papers and knows the "
                                    "family. These reasons are real; never make fun of "
                                    "someone who borrowed. Start by agreeing that "
                                    "speed and trust matter, then work out the full "
                                    "cost together.</p>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": "What a 50,000 taka loan really costs",
                                    "situation": (
                                        "Suppose a money lender gives 50,000 taka and "
                                        "asks 4,000 taka a month as interest, and the "
                                        "family takes 15 months to pay back the "
                                        "50,000. These are example numbers, not a real "
                                        "rate."
                                    ),
                                    "lines": [
                                        {
                                            "label": "Loan received",
                                            "amount": "50000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "Interest for 15 months (4,000 a month)"
                                            ),
                                            "amount": "60000",
                                            "direction": "out",
                                        },
                                        {
                                            "label": "The loan itself, paid back",
                                            "amount": "50000",
                                            "direction": "out",
                                        },
                                    ],
                                    "result_label": "Money in minus money out",
                                    "lesson": (
                                        "For 50,000 taka the family paid back 110,000. "
                                        "Before any loan, ask one question: how much "
                                        "will I pay back in total, and by when?"
                                    ),
                                },
                            },
                            {
                                "type": "heading",
                                "value": "Questions you will hear",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<p><b>"The lender gives the money today. The '
                                    'bank takes weeks."</b> True. That is exactly why '
                                    "an emergency fund matters: it is your own money, "
                                    "in your hand the same day. For planned needs such "
                                    "as a business, there is time to ask a bank or "
                                    'Probashi Kallyan Bank.</p><p><b>"I already have '
                                    'three loans. What can I do?"</b> List every loan '
                                    "with its instalment and the total still owed. Pay "
                                    "off the most expensive one first. Talk to the "
                                    "lenders before you miss a payment. Do not take a "
                                    'new loan to pay an old one.</p><p><b>"My son '
                                    'needs money to go abroad."</b> First find out '
                                    "the real cost from the District Employment and "
                                    "Manpower Office, and check the agency. Probashi "
                                    "Kallyan Bank gives migration loans; ask about its "
                                    "terms before going to a money lender.</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>Never give interest rates from memory or "
                                        "by guessing. Say: \"Let's ask the bank what "
                                        'it charges," and help the learner prepare '
                                        "the questions: how much each month, for how "
                                        "many months, and how much in total.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "warning",
                                    "text": (
                                        "<p>Never promise anyone a loan, from Probashi "
                                        "Kallyan Bank or anywhere else. You can "
                                        "explain where and how to apply; the lender "
                                        "makes the decision.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "pkb",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Respect the reasons people borrow from "
                                            "money lenders."
                                        ),
                                        (
                                            "Always work out the total to be paid "
                                            "back, not only the monthly amount."
                                        ),
                                        (
                                            "An emergency fund is the best way to stay "
                                            "away from the money lender."
                                        ),
                                        (
                                            "Don't guess rates; send people to a bank "
                                            "or Probashi Kallyan Bank to ask about "
                                            "terms."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "hard-questions-hundi",
                    "title": {
                        "bn": "হুন্ডি নিয়ে কঠিন প্রশ্নের উত্তর",
                        "en": "Answering hard questions about hundi",
                    },
                    "summary": {
                        "bn": (
                            "সৎভাবে বুঝিয়ে বলুন হুন্ডি কেন সস্তা মনে হয় আর আসলে এর "
                            "দাম কত: রসিদ নেই, সুরক্ষা নেই, টাকা উধাও হতে পারে, আর "
                            "সরকারি প্রণোদনাও হাতছাড়া হয়।"
                        ),
                        "en": (
                            "Explain honestly why hundi looks cheaper and what it "
                            "really costs: no receipt, no protection, money that can "
                            "vanish, and a lost government incentive."
                        ),
                    },
                    "minutes": 15,
                    "body": {
                        "bn": [
                            {
                                "type": "heading",
                                "value": "হুন্ডি কেন সস্তা মনে হয়",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>শিক্ষার্থীরা বলবেন, হুন্ডির লোক প্রতি রিয়াল "
                                    "বা ডলারে কয়েক টাকা বেশি দেয়, বাড়িতে এসে নগদ "
                                    "দিয়ে যায়, কোনো কাগজ লাগে না, ব্যাংকে যেতে হয় "
                                    "না, আর গ্রামের সবাই তার মাধ্যমেই টাকা আনে। মেনে "
                                    "নিন যে এগুলো সত্যিই সুবিধা। তারপর দেখান, এর দাম "
                                    "কত।</p>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "হুন্ডির আসল দাম",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>রসিদ নেই:</b> টাকা যে পাঠানো হয়েছিল, "
                                    "তার কোনো প্রমাণ থাকে না।</li><li><b>সুরক্ষা "
                                    "নেই:</b> হুন্ডি অবৈধ, তাই হুন্ডির লোক উধাও হলে বা "
                                    "ধরা পড়লে অভিযোগ করার মতো কোনো প্রতিষ্ঠান থাকে "
                                    "না, টাকা ফেরত পাওয়ার আশাও প্রায় থাকে "
                                    "না।</li><li><b>টাকা উধাও হতে পারে:</b> দেরিতে "
                                    "আসতে পারে, কম আসতে পারে, কিংবা একেবারেই না আসতে "
                                    "পারে।</li><li><b>প্রণোদনা নেই:</b> শুধু বৈধ পথে "
                                    "পাঠানো টাকাতেই সরকারি প্রণোদনা মেলে, এই লেখার "
                                    "সময় যা ২.৫ শতাংশ। সব সময় বর্তমান হার জেনে "
                                    "নিন।</li><li><b>কোনো রেকর্ড নেই:</b> ব্যাংক বা "
                                    "মোবাইল অ্যাকাউন্টে টাকা এলে একটি রেকর্ড তৈরি হয়, "
                                    "যা পরে কাজে লাগে, যেমন ঋণের আবেদন করার "
                                    "সময়।</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": ("৩০,০০০ টাকা: বৈধ পথ বনাম হুন্ডির প্রতিশ্রুতি"),
                                    "situation": (
                                        "দুবাইয়ে থাকা করিমের ভাই ব্যাংকের রেটে ৩০,০০০ "
                                        "টাকার সমান অর্থ পাঠাতে চান। হুন্ডির লোক "
                                        "৩০,৪০০ টাকা দেওয়ার কথা বলছে। বৈধ পথে পরিবার "
                                        "কত পায়, দেখুন।"
                                    ),
                                    "lines": [
                                        {
                                            "label": ("ব্যাংক বা মোবাইল অ্যাকাউন্টে পাঠানো টাকা"),
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "সরকারি প্রণোদনা (এই লেখার সময় ২.৫ শতাংশ)"
                                            ),
                                            "amount": "750",
                                            "direction": "in",
                                        },
                                    ],
                                    "result_label": "বৈধ পথে পরিবার পায়",
                                    "lesson": (
                                        "অর্থাৎ প্রতি মাসে হুন্ডির প্রতিশ্রুতির চেয়ে "
                                        "৩৫০ টাকা বেশি, বছরে ৪,২০০ টাকা, সঙ্গে রসিদ আর "
                                        "সুরক্ষা। আর হুন্ডিতে একবার টাকা হারালে পুরো "
                                        "মাসের টাকাই চলে যায়। প্রণোদনার বর্তমান হার "
                                        "জেনে নিন।"
                                    ),
                                },
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<p><b>"কিন্তু এ মাসে হুন্ডির রেট ব্যাংকের রেট আর '
                                    'প্রণোদনা মিলিয়েও বেশি।"</b> এমন হতে পারে। তবু '
                                    "আপনি কয়েকশো টাকার জন্য পুরো টাকা হারানোর ঝুঁকি "
                                    "নিচ্ছেন, অথচ অভিযোগ করার কেউ "
                                    'নেই।</p><p><b>"বিদেশে আমার স্বামীর ব্যাংকে '
                                    'যাওয়ার সময় নেই।"</b> অনেক লাইসেন্সপ্রাপ্ত মানি '
                                    "ট্রান্সফার প্রতিষ্ঠানের বিদেশে শাখা ও অ্যাপ আছে, "
                                    "আর টাকা সরাসরি দেশের ব্যাংক বা মোবাইল অ্যাকাউন্টে "
                                    "চলে আসতে পারে। তিনি কর্মস্থলে বা কাছের কোনো "
                                    "লাইসেন্সপ্রাপ্ত প্রতিষ্ঠানে খোঁজ নিতে "
                                    'পারেন।</p><p><b>"এখানে সবাই হুন্ডিতে টাকা আনে, '
                                    'কিছুই তো হয়নি।"</b> এখনো হয়নি। দলকে জিজ্ঞেস '
                                    "করুন, কেউ কি এমন টাকার কথা শুনেছেন যা আর কখনো "
                                    "আসেনি?</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>২.৫ শতাংশ প্রণোদনা এই লেখার সময়ের হার। "
                                        "সরকার এটি বদলাতে পারে। প্রতিটি সেশনের আগে "
                                        "ব্যাংক থেকে বর্তমান হার জেনে নিন, আর "
                                        "শিক্ষার্থীদেরও সব সময় যাচাই করে নিতে "
                                        "বলুন।</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "police_expatriate_help",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "হুন্ডি কেন আকর্ষণীয় তা মেনে নিন, তারপর "
                                            "এর আসল দাম দেখান।"
                                        ),
                                        (
                                            "হুন্ডি মানে রসিদ নেই, সুরক্ষা নেই, টাকা "
                                            "উধাও হতে পারে।"
                                        ),
                                        (
                                            "বৈধ পথে টাকা এলে সরকারি প্রণোদনা মেলে; "
                                            "বর্তমান হার জেনে নিন।"
                                        ),
                                        (
                                            "কেউ হুন্ডির লোক বা প্রতারকের কাছে টাকা "
                                            "হারালে অভিযোগ করতে সাহায্য করুন।"
                                        ),
                                    ],
                                },
                            },
                        ],
                        "en": [
                            {
                                "type": "heading",
                                "value": "Why hundi looks cheaper",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<p>Learners will tell you that the hundi agent "
                                    "gives a few taka more for each riyal or dollar, "
                                    "brings cash to the door, needs no papers and no "
                                    "trip to the bank, and that everyone in the "
                                    "village uses him. Agree that these are real "
                                    "conveniences. Then show what they cost.</p>"
                                ),
                            },
                            {
                                "type": "heading",
                                "value": "What hundi really costs",
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    "<ul><li><b>No receipt:</b> nothing proves that "
                                    "the money was ever sent.</li><li><b>No "
                                    "protection:</b> hundi is illegal, so if the agent "
                                    "disappears or is caught, there is no company to "
                                    "complain to and little hope of getting the money "
                                    "back.</li><li><b>Money can vanish:</b> it can "
                                    "arrive late, arrive short, or never arrive at "
                                    "all.</li><li><b>No incentive:</b> only money sent "
                                    "the legal way earns the government incentive, 2.5 "
                                    "percent at the time of writing. Always check the "
                                    "current rate.</li><li><b>No record:</b> money "
                                    "received through a bank or mobile account leaves "
                                    "a record that helps later, for example when "
                                    "applying for a loan.</li></ul>"
                                ),
                            },
                            {
                                "type": "money_example",
                                "value": {
                                    "title": (
                                        "30,000 taka: the legal way versus the hundi "
                                        "promise"
                                    ),
                                    "situation": (
                                        "Karim's brother in Dubai wants to send money "
                                        "worth 30,000 taka at the bank's rate. The "
                                        "hundi agent promises to hand over 30,400 "
                                        "taka. Here is what the family gets the legal "
                                        "way."
                                    ),
                                    "lines": [
                                        {
                                            "label": (
                                                "Money sent to a bank or mobile account"
                                            ),
                                            "amount": "30000",
                                            "direction": "in",
                                        },
                                        {
                                            "label": (
                                                "Government incentive (2.5 percent at "
                                                "the time of writing)"
                                            ),
                                            "amount": "750",
                                            "direction": "in",
                                        },
                                    ],
                                    "result_label": "The family receives the legal way",
                                    "lesson": (
                                        "That is 350 taka a month more than the hundi "
                                        "promise, or 4,200 taka a year, with a receipt "
                                        "and protection as well. And with hundi, one "
                                        "lost transfer takes a whole month's money. "
                                        "Check the current incentive rate."
                                    ),
                                },
                            },
                            {
                                "type": "paragraph",
                                "value": (
                                    '<p><b>"But this month the hundi rate beats the '
                                    'bank rate even with the incentive."</b> That can '
                                    "happen. You are still risking the whole amount "
                                    "for a few hundred taka, with no one to complain "
                                    'to.</p><p><b>"My husband abroad has no time to '
                                    'go to a bank."</b> Many licensed money-transfer '
                                    "companies have branches and apps abroad, and the "
                                    "money can go straight into a bank or mobile "
                                    "account at home. He can ask at his workplace or "
                                    "at a licensed company near "
                                    'him.</p><p><b>"Everyone here uses hundi and '
                                    'nothing has happened."</b> Nothing has happened '
                                    "yet. Ask the group whether anyone has heard of "
                                    "money that never arrived.</p>"
                                ),
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "remember",
                                    "text": (
                                        "<p>The 2.5 percent incentive is the rate at "
                                        "the time of writing, and the government can "
                                        "change it. Check the current rate with a bank "
                                        "before every session, and always tell "
                                        "learners to check it too.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "official_service",
                                "value": "police_expatriate_help",
                            },
                            {
                                "type": "key_points",
                                "value": {
                                    "title": "",
                                    "points": [
                                        (
                                            "Admit what makes hundi attractive, then "
                                            "show its real cost."
                                        ),
                                        (
                                            "Hundi means no receipt, no protection, "
                                            "and money that can vanish."
                                        ),
                                        (
                                            "Money that comes the legal way earns the "
                                            "government incentive; check the current "
                                            "rate."
                                        ),
                                        (
                                            "If someone has lost money to a hundi "
                                            "agent or a fraudster, help them complain."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
