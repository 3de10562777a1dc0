"""Demo quizzes for the pilot course "Managing the money you earn abroad".

One quiz per module of the pilot learner course, keyed by module slug. Each question
tests only what that module's lessons teach, in Bangla (``bn``) and English (``en``).
Stems are short HTML (``<p>`` and ``<b>`` only); feedback is plain text. Kinds:

- ``single``: exactly one correct answer.
- ``multiple``: two or more correct answers ("choose all that are right").
- ``true_false``: two answers, "True" then "False"; exactly one is correct.
- ``numeric``: a money sum in taka; ``answers`` is empty and ``numeric`` holds the
  answer and tolerance as ASCII decimal strings.
- ``picture``: the answers are pictures; ``picture`` names the image and ``text`` is
  its caption and alt text.
- ``ordering``: the steps are listed in the correct order (the site shuffles them);
  ``correct`` is always True.

Bangla text uses Bangla digits. The remittance incentive is given as 2.5 percent, the
rate at the time of writing, and learners are told to check the current rate.
"""

QUIZZES: dict[str, dict] = {
    "household-budget": {
        "slug": "household-budget-quiz",
        "title": {
            "bn": "কুইজ: সংসারের বাজেট",
            "en": "Quiz: Household budget",
        },
        "intro": {
            "bn": (
                "সংসারের বাজেট নিয়ে আপনি কী শিখলেন, দেখে নিন। প্রতিটি উত্তরের পর কারণটিও "
                "দেখতে পাবেন।"
            ),
            "en": (
                "See what you have learned about the household budget. After each "
                "answer, you will also see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "single",
                "stem": {
                    "bn": "<p><b>বাজেট</b> মানে কী?</p>",
                    "en": "<p>What is a <b>budget</b>?</p>",
                },
                "feedback": {
                    "bn": (
                        "বাজেট দেখায় টাকা কোথায় যায়। তাতে সময়মতো খরচ দেওয়া, টাকা জমানো আর ঋণ এড়ানো "
                        "সহজ হয়।"
                    ),
                    "en": (
                        "A budget shows where your money goes. That makes it easier to "
                        "pay costs on time, save money and avoid loans."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "টাকার একটি সহজ পরিকল্পনা: কত টাকা আসে আর কোথায় যায়",
                            "en": (
                                "A simple plan for your money: how much comes in and "
                                "where it goes"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। বাজেট হলো টাকার পরিকল্পনা।",
                            "en": "Right. A budget is a plan for your money.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ব্যাংক থেকে নেওয়া একটি ঋণ",
                            "en": "A loan from a bank",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। ঋণ হলো ধার করা টাকা, পরিকল্পনা নয়।",
                            "en": "No. A loan is borrowed money, not a plan.",
                        },
                    },
                    {
                        "text": {
                            "bn": "যেসব জিনিস কিনতে চান, তার তালিকা",
                            "en": "A list of things you want to buy",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। বাজেটে সব আয় আর সব খরচ থাকে, শুধু কেনার তালিকা নয়।",
                            "en": (
                                "No. A budget has all the money in and all the costs, "
                                "not only a shopping list."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>আপনার স্বামী এ মাসে ২৫,০০০ টাকা পাঠিয়েছেন। দুধ বিক্রি করে আপনি "
                        "পেয়েছেন আরও ১,৫০০ টাকা। খরচ: বাসা ভাড়া ৪,০০০ টাকা, খাবার ১১,০০০ টাকা, "
                        "ঋণের কিস্তি ৫,০০০ টাকা, স্কুল ২,৫০০ টাকা। মাস শেষে হাতে কত টাকা থাকবে?</p>"
                    ),
                    "en": (
                        "<p>Your husband sent 25,000 taka this month. You earned 1,500 "
                        "taka more by selling milk. Costs: rent 4,000 taka, food "
                        "11,000 taka, loan instalment 5,000 taka, school 2,500 taka. "
                        "How much is left at the end of the month?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আয়: ২৫,০০০ + ১,৫০০ = ২৬,৫০০ টাকা। খরচ: ৪,০০০ + ১১,০০০ + ৫,০০০ + "
                        "২,৫০০ = ২২,৫০০ টাকা। হাতে থাকে ২৬,৫০০ − ২২,৫০০ = ৪,০০০ টাকা।"
                    ),
                    "en": (
                        "Money in: 25,000 + 1,500 = 26,500 taka. Money out: 4,000 + "
                        "11,000 + 5,000 + 2,500 = 22,500 taka. Left: 26,500 − 22,500 = "
                        "4,000 taka."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "4000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>কোনগুলো সংসারের <b>প্রয়োজন</b>? যতগুলো ঠিক, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which of these are household <b>needs</b>? Choose all that "
                        "are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রয়োজন হলো যা ছাড়া সংসার চলে না। আগে প্রয়োজনের খরচ, তারপর সঞ্চয়, আর "
                        "শখ সবার শেষে।"
                    ),
                    "en": (
                        "A need is something the household cannot do without. Needs "
                        "come first, then saving, and wants last."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "খাবার",
                            "en": "Food",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। খাবার ছাড়া সংসার চলে না।",
                            "en": "Right. The household cannot do without food.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ওষুধ",
                            "en": "Medicine",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। অসুখ হলে ওষুধ লাগবেই।",
                            "en": "Right. When someone is ill, medicine is a must.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ছেলেমেয়ের পড়াশোনা",
                            "en": "The children's education",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। পড়াশোনা সন্তানের ভবিষ্যতের জন্য জরুরি।",
                            "en": (
                                "Right. Education matters for your children's future."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "নতুন টিভি",
                            "en": "A new TV",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটি শখ। এর জন্য অপেক্ষা করা যায়।",
                            "en": "No. This is a want. It can wait.",
                        },
                    },
                    {
                        "text": {
                            "bn": "দামি জামাকাপড়",
                            "en": "Expensive clothes",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটি শখ। টাকা বাকি থাকলে তবেই কিনুন।",
                            "en": "No. This is a want. Buy it only if money is left.",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>চা, নাশতা আর মোবাইল রিচার্জের খরচ খুব ছোট। তাই এগুলো খাতায় লেখার দরকার "
                        "নেই।</p>"
                    ),
                    "en": (
                        "<p>Tea, snacks and mobile recharge are very small costs. So "
                        "there is no need to write them in the notebook.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ছোট ছোট খরচ যোগ করলে মাস শেষে বড় অঙ্ক হয়। সব খরচ লিখলে তবেই টাকার "
                        "আসল ছবি দেখা যায়।"
                    ),
                    "en": (
                        "Small costs add up to a big sum by the end of the month. Only "
                        "when you write down every cost do you see the real picture of "
                        "your money."
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
                            "bn": "ঠিক নয়। ছোট খরচ মাস শেষে অনেক টাকা হয়ে যায়।",
                            "en": (
                                "Not right. Small costs add up to a lot by the end of "
                                "the month."
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
                            "bn": "ঠিক। ছোট খরচও লিখতে হবে।",
                            "en": "Right. Small costs must be written down too.",
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>মাসের হিসাব করার ধাপগুলো ঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the steps for working out your month's money in the "
                        "right order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে আয়, তারপর খরচ লিখুন। আয় থেকে খরচ বাদ দিলে বোঝা যায় কত টাকা থাকে। "
                        "খরচ বেশি হলে তখনই কোনো খরচ কমান।"
                    ),
                    "en": (
                        "First write down the money in, then the money out. Money in "
                        "minus money out shows what is left. If you spend more, cut a "
                        "cost at once."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "মাসে যত টাকা আসে, সব লিখুন।",
                            "en": (
                                "Write down all the money that comes in during the "
                                "month."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "ছোট খরচসহ মাসের সব খরচ লিখুন।",
                            "en": "Write down every cost in the month, small ones too.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "আয় থেকে খরচ বাদ দিয়ে দেখুন কত টাকা থাকে।",
                            "en": (
                                "Take the money out away from the money in, to see "
                                "what is left."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "খরচ আয়ের চেয়ে বেশি হলে কোনো খরচ কমান।",
                            "en": "If you spend more than you get, cut some cost.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>এক আত্মীয় বললেন, “তোমার স্বামী বিদেশে থাকেন, বড় করে অনুষ্ঠান করো।” "
                        "কিন্তু আপনার বাজেটে সেই টাকা নেই। কী করবেন?</p>"
                    ),
                    "en": (
                        "<p>A relative says, “Your husband lives abroad, so hold a big "
                        "celebration.” But your budget has no money for it. What will "
                        "you do?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "অনেকে ভাবেন, প্রবাসীর পরিবার মানেই ধনী। আত্মীয়দের চাপে বড় খরচ করবেন "
                        "না। বড় খরচের সিদ্ধান্ত বিদেশে থাকা স্বজনের সঙ্গে মিলে নিন।"
                    ),
                    "en": (
                        "Many people think a migrant's family must be rich. Do not "
                        "spend big because relatives push you. Decide on big costs "
                        "together with your family member abroad."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ভদ্রভাবে “না” বলবেন",
                            "en": "Say “no” politely",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এই টাকা আপনার পরিবারের ভবিষ্যৎ।",
                            "en": "Right. This money is your family's future.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ধার করে অনুষ্ঠান করবেন",
                            "en": "Borrow money and hold the celebration",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। অনুষ্ঠান এক দিনের, কিন্তু ঋণের বোঝা থাকে অনেক দিন।",
                            "en": (
                                "No. The celebration lasts one day, but the debt stays "
                                "for a long time."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "সঞ্চয়ের টাকা তুলে অনুষ্ঠান করবেন",
                            "en": "Take out your savings to pay for it",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। সঞ্চয় বিপদের দিন আর ভবিষ্যতের জন্য, শখের জন্য নয়।",
                            "en": (
                                "No. Savings are for hard days and the future, not for "
                                "wants."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "saving-and-emergencies": {
        "slug": "saving-and-emergencies-quiz",
        "title": {
            "bn": "কুইজ: সঞ্চয় ও বিপদের দিনের তহবিল",
            "en": "Quiz: Saving and emergency funds",
        },
        "intro": {
            "bn": (
                "সঞ্চয় আর জরুরি তহবিল নিয়ে নিজেকে যাচাই করুন। প্রতিটি উত্তরের পর কারণটিও দেখতে "
                "পাবেন।"
            ),
            "en": (
                "Test yourself on saving and the emergency fund. After each answer, "
                "you will also see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "single",
                "stem": {
                    "bn": "<p>সঞ্চয়ের টাকা আলাদা করার সবচেয়ে ভালো সময় কখন?</p>",
                    "en": "<p>When is the best time to put your saving aside?</p>",
                },
                "feedback": {
                    "bn": (
                        "টাকা আসার দিনেই আগে সঞ্চয়ের টাকা ব্যাংকে রাখুন। বাকি টাকা দিয়ে মাস চালান। "
                        "তাহলে সঞ্চয় ভুল করে খরচ হয়ে যায় না।"
                    ),
                    "en": (
                        "On the day the money arrives, first put your saving in the "
                        "bank. Run the month on the rest. Then the saving does not get "
                        "spent by mistake."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "যেদিন টাকা হাতে আসে, সেদিনই, সবার আগে",
                            "en": "On the day the money arrives, before anything else",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। আগে সঞ্চয়, তারপর বাকি টাকায় মাস চালান।",
                            "en": "Right. Save first, then run the month on the rest.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মাস শেষে যা বাঁচে, তখন",
                            "en": "At the end of the month, from whatever is left",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। মাস শেষে সাধারণত কিছুই বাঁচে না।",
                            "en": (
                                "No. At the end of the month, usually nothing is left."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "যখন হাতে অনেক টাকা জমে, শুধু তখন",
                            "en": "Only when you have a lot of money in hand",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। অল্প টাকাও নিয়মিত জমালে বড় অঙ্ক হয়।",
                            "en": (
                                "No. Small amounts saved regularly grow into a large "
                                "sum."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>আপনি প্রতি মাসে ১,৫০০ টাকা জমান। এক বছরে (১২ মাসে) কত টাকা জমবে? "
                        "মুনাফা ধরবেন না।</p>"
                    ),
                    "en": (
                        "<p>You save 1,500 taka every month. How much will you have "
                        "saved in one year (12 months)? Do not count any profit.</p>"
                    ),
                },
                "feedback": {
                    "bn": "১২ × ১,৫০০ = ১৮,০০০ টাকা। ব্যাংকে রাখলে এর সঙ্গে কিছু মুনাফাও যোগ হয়।",
                    "en": (
                        "12 × 1,500 = 18,000 taka. In a bank, some profit is added on "
                        "top."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "18000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>আপনার পরিবারের মাসে ২০,০০০ টাকা খরচ হয়। জরুরি তহবিলে প্রায় ৩ মাসের "
                        "খরচের সমান টাকা রাখতে চান। লক্ষ্য কত টাকা?</p>"
                    ),
                    "en": (
                        "<p>Your family spends 20,000 taka a month. You want an "
                        "emergency fund worth about 3 months of spending. What is the "
                        "goal?</p>"
                    ),
                },
                "feedback": {
                    "bn": "৩ × ২০,০০০ = ৬০,০০০ টাকা। একবারে নয়, প্রতি মাসে একটু একটু করে জমান।",
                    "en": (
                        "3 × 20,000 = 60,000 taka. Not all at once: save a little "
                        "every month."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "60000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "picture",
                "stem": {
                    "bn": "<p>সঞ্চয়ের টাকা রাখার সবচেয়ে নিরাপদ জায়গা কোনটি?</p>",
                    "en": "<p>Which is the safest place to keep your savings?</p>",
                },
                "feedback": {
                    "bn": (
                        "ব্যাংকে টাকা নিরাপদ থাকে, আর কিছু মুনাফাও যোগ হয়। অনেক ইউনিয়ন ও বাজারে "
                        "এজেন্ট ব্যাংকিং কেন্দ্রেও হিসাব খোলা যায়।"
                    ),
                    "en": (
                        "Money is safe in a bank, and some profit is added. In many "
                        "unions and bazaars, you can also open an account at an agent "
                        "banking outlet."
                    ),
                },
                "answers": [
                    {
                        "picture": "bank",
                        "text": {
                            "bn": "ব্যাংক",
                            "en": "A bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "ঠিক। বাংলাদেশ ব্যাংকের অনুমোদিত ব্যাংকে নিজের নামে হিসাব খুলুন।"
                            ),
                            "en": (
                                "Right. Open an account in your own name at a bank "
                                "licensed by Bangladesh Bank."
                            ),
                        },
                    },
                    {
                        "picture": "piggy_bank",
                        "text": {
                            "bn": "ঘরে রাখা টাকার কৌটা",
                            "en": "A money box at home",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। ঘরের টাকা চুরি হতে পারে, আগুনে বা বন্যায় নষ্ট হতে পারে।",
                            "en": (
                                "No. Money at home can be stolen, or lost in a fire or "
                                "flood."
                            ),
                        },
                    },
                    {
                        "picture": "cash_envelope",
                        "text": {
                            "bn": "প্রতিবেশীর কাছে রাখা টাকার খাম",
                            "en": "An envelope of cash left with a neighbour",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। কোনো কাগজ থাকে না, টাকা ফেরত না-ও পেতে পারেন।",
                            "en": (
                                "No. There is no paper, and you may never get the "
                                "money back."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": "<p>জরুরি তহবিলের টাকা দিয়ে নতুন টিভি কেনা যায়।</p>",
                    "en": "<p>You can use the emergency fund to buy a new TV.</p>",
                },
                "feedback": {
                    "bn": (
                        "জরুরি তহবিল অসুখ, দুর্ঘটনা, বন্যা বা চাকরি হারানোর মতো বিপদের জন্য। তহবিল "
                        "থেকে খরচ হলে আবার জমিয়ে পূর্ণ করুন।"
                    ),
                    "en": (
                        "The emergency fund is for trouble such as illness, an "
                        "accident, a flood or losing a job. If you use some of it, "
                        "save again until it is full."
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
                            "bn": "ঠিক নয়। টিভি শখের জিনিস, বিপদ নয়।",
                            "en": "Not right. A TV is a want, not an emergency.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এই টাকা শুধু বিপদের দিনের জন্য।",
                            "en": "Right. This money is only for emergencies.",
                        },
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>কোন জায়গাগুলোয় সঞ্চয় রাখা <b>ঝুঁকির</b>? যতগুলো ঠিক, সবগুলো বেছে "
                        "নিন।</p>"
                    ),
                    "en": (
                        "<p>Which places are <b>risky</b> for your savings? Choose all "
                        "that are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ঘরে, প্রতিবেশীর কাছে বা অচেনা সমিতিতে রাখা টাকা হারিয়ে যেতে পারে। নিরাপদ "
                        "জায়গা হলো নিজের নামে ব্যাংক হিসাব।"
                    ),
                    "en": (
                        "Money kept at home, with a neighbour or in an unknown society "
                        "can be lost. The safe place is a bank account in your own "
                        "name."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ঘরে তোশকের নিচে",
                            "en": "Under the mattress at home",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। চুরি হতে পারে, আর হাতের কাছে থাকলে সহজে খরচ হয়ে যায়।",
                            "en": (
                                "Right. It can be stolen, and money close at hand gets "
                                "spent easily."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রতিবেশী বা আত্মীয়ের কাছে",
                            "en": "With a neighbour or relative",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। কোনো কাগজ থাকে না, টাকা ফেরত না-ও পেতে পারেন।",
                            "en": (
                                "Right. There is no paper, and you may never get it "
                                "back."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "বেশি লাভের লোভ দেখানো অচেনা সমিতিতে",
                            "en": "With an unknown society that promises big profits",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এরা টাকা নিয়ে উধাও হয়ে যেতে পারে।",
                            "en": "Right. They may vanish with your money.",
                        },
                    },
                    {
                        "text": {
                            "bn": "নিজের নামে ব্যাংকের সঞ্চয়ী হিসাবে",
                            "en": "In a bank savings account in your own name",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটি নিরাপদ জায়গা, ঝুঁকির নয়।",
                            "en": "No. This is a safe place, not a risky one.",
                        },
                    },
                    {
                        "text": {
                            "bn": "ব্যাংকের ডিপিএসে (মাসিক সঞ্চয় প্রকল্প)",
                            "en": "In a bank DPS (monthly savings scheme)",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। ব্যাংকের ডিপিএস নিরাপদ; মেয়াদ শেষে মুনাফাসহ টাকা ফেরত পান।",
                            "en": (
                                "No. A bank DPS is safe; at the end you get your money "
                                "back with profit."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "sending-money-home": {
        "slug": "sending-money-home-quiz",
        "title": {
            "bn": "কুইজ: বৈধ পথে দেশে টাকা পাঠানো",
            "en": "Quiz: Sending money home through formal channels",
        },
        "intro": {
            "bn": (
                "বৈধ পথে টাকা পাঠানো, হুন্ডির ঝুঁকি আর নিরাপদ হিসাব নিয়ে প্রশ্ন। প্রতিটি উত্তরের পর "
                "কারণটিও দেখতে পাবেন।"
            ),
            "en": (
                "Questions on sending money through formal channels, the risks of "
                "hundi and keeping your account safe. After each answer, you will also "
                "see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "picture",
                "stem": {
                    "bn": "<p>দেশে টাকা পাঠানোর বৈধ ও নিরাপদ পথ কোনটি?</p>",
                    "en": "<p>Which is the formal, safe way to send money home?</p>",
                },
                "feedback": {
                    "bn": (
                        "বৈধ পথ তিনটি: ব্যাংক, লাইসেন্সপ্রাপ্ত মানি ট্রান্সফার প্রতিষ্ঠান আর মোবাইল "
                        "ব্যাংকিং। এসব পথে রসিদ আর লেনদেন নম্বর পাওয়া যায়।"
                    ),
                    "en": (
                        "There are three formal channels: a bank, a licensed "
                        "money-transfer company and mobile banking. They give you a "
                        "receipt and a transaction number."
                    ),
                },
                "answers": [
                    {
                        "picture": "bank",
                        "text": {
                            "bn": "ব্যাংক",
                            "en": "A bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। ব্যাংকে রসিদ, সুরক্ষা আর সরকারের প্রণোদনা পাওয়া যায়।",
                            "en": (
                                "Right. A bank gives a receipt, protection and the "
                                "government's incentive."
                            ),
                        },
                    },
                    {
                        "picture": "cash_envelope",
                        "text": {
                            "bn": "হুন্ডির লোকের হাতে আনা নগদ টাকার খাম",
                            "en": "An envelope of cash brought by a hundi man",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটি হুন্ডি: রসিদ নেই, সুরক্ষা নেই, আর এটি বেআইনি।",
                            "en": (
                                "No. This is hundi: no receipt, no protection, and it "
                                "is illegal."
                            ),
                        },
                    },
                    {
                        "picture": "shop",
                        "text": {
                            "bn": "লাইসেন্স ছাড়া টাকা পৌঁছে দেয় এমন দোকান",
                            "en": "A shop that passes on money without a licence",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। লাইসেন্স ছাড়া টাকা পাঠানো মানেই হুন্ডি।",
                            "en": "No. Sending money without a licence is hundi.",
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>আপনার ছেলে ব্যাংকের মাধ্যমে ২৪,০০০ টাকা পাঠালেন। ধরুন, সরকারের "
                        "প্রণোদনার হার ২.৫ শতাংশ। পরিবার প্রণোদনা হিসেবে কত টাকা বাড়তি পাবে?</p>"
                    ),
                    "en": (
                        "<p>Your son sends 24,000 taka through a bank. Say the "
                        "government's incentive is 2.5 percent. How many taka extra "
                        "will the family get as the incentive?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রতি ১০০ টাকায় ২.৫ টাকা। ২৪,০০০ টাকায় ২৪০ × ২.৫ = ৬০০ টাকা। এই লেখার "
                        "সময় হার ছিল ২.৫ শতাংশ। হার বদলাতে পারে, তাই ব্যাংক থেকে বর্তমান হার জেনে "
                        "নিন।"
                    ),
                    "en": (
                        "2.5 taka on every 100 taka. On 24,000 taka: 240 × 2.5 = 600 "
                        "taka. At the time of writing the rate was 2.5 percent. It can "
                        "change, so ask your bank for the current rate."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "600",
                    "tolerance": "0",
                },
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>বৈধ পথে টাকা পাঠালে কী কী পাওয়া যায়? যতগুলো ঠিক, সবগুলো বেছে "
                        "নিন।</p>"
                    ),
                    "en": (
                        "<p>What do you get when you send money through a formal "
                        "channel? Choose all that are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "বৈধ পথে রসিদ, সুরক্ষা আর প্রণোদনা পাওয়া যায়। তবে একেক প্রতিষ্ঠানের খরচ "
                        "একেক রকম, তাই পাঠানোর দিন ফি আর বিনিময় হার দেখে নিন।"
                    ),
                    "en": (
                        "Formal channels give you a receipt, protection and the "
                        "incentive. But costs differ from one company to another, so "
                        "check the fee and the exchange rate on the day you send."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "রসিদ আর লেনদেন নম্বর",
                            "en": "A receipt and a transaction number",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এটি টাকা পাঠানোর প্রমাণ।",
                            "en": "Right. This is proof that the money was sent.",
                        },
                    },
                    {
                        "text": {
                            "bn": "সরকারের নগদ প্রণোদনা",
                            "en": "The government's cash incentive",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "ঠিক। ব্যাংক বা মোবাইল ব্যাংকিং প্রতিষ্ঠান নিজেই এটি যোগ করে "
                                "দেয়।"
                            ),
                            "en": (
                                "Right. The bank or mobile banking company adds it "
                                "itself."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "সমস্যা হলে অভিযোগ করার জায়গা",
                            "en": "Somewhere to complain if something goes wrong",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। টাকা কোথায় আছে, তারও খোঁজ নেওয়া যায়।",
                            "en": "Right. You can also find out where the money is.",
                        },
                    },
                    {
                        "text": {
                            "bn": "রসিদ ছাড়া বাড়িতে পৌঁছে দেওয়া নগদ টাকা",
                            "en": "Cash brought to your door with no receipt",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। রসিদ ছাড়া টাকা আসে হুন্ডিতে, বৈধ পথে নয়।",
                            "en": (
                                "No. Cash with no receipt comes through hundi, not a "
                                "formal channel."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "সব প্রতিষ্ঠানে একই ফি আর একই বিনিময় হার",
                            "en": "The same fee and exchange rate at every company",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": (
                                "না। একেক প্রতিষ্ঠানের খরচ একেক রকম, তাই পাঠানোর আগে তুলনা করুন।"
                            ),
                            "en": (
                                "No. Costs differ from one company to another, so "
                                "compare before you send."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>হুন্ডির লোক প্রতি রিয়ালে একটু বেশি টাকা দিলে হুন্ডিতে পাঠানোই লাভ।</p>"
                    ),
                    "en": (
                        "<p>If a hundi dealer gives a few more taka for each riyal, "
                        "sending by hundi pays off.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "হুন্ডিতে রসিদ নেই, সুরক্ষা নেই, প্রণোদনা নেই। টাকা উধাও হতে পারে, আর "
                        "বাংলাদেশে হুন্ডি বেআইনি।"
                    ),
                    "en": (
                        "Hundi gives no receipt, no protection and no incentive. The "
                        "money can vanish, and hundi is illegal in Bangladesh."
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
                            "bn": (
                                "ঠিক নয়। প্রণোদনা পাওয়া যায় না, আর এক মাসের টাকা হারালেই সব বাড়তি "
                                "টাকা চলে যায়।"
                            ),
                            "en": (
                                "Not right. There is no incentive, and losing one "
                                "month's money wipes out all the extra."
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
                            "bn": "ঠিক। হুন্ডির সামান্য বাড়তি টাকার পেছনে বড় ঝুঁকি আছে।",
                            "en": (
                                "Right. Behind the little extra from hundi there are "
                                "big risks."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>একজন ফোন করে বললেন, তিনি বিকাশ অফিস থেকে বলছেন। ভুল করে আপনার "
                        "হিসাবে টাকা গেছে, তাই আপনার ওটিপি লাগবে। কী করবেন?</p>"
                    ),
                    "en": (
                        "<p>A man calls and says he is from the bKash office. He says "
                        "money went into your account by mistake, so he needs your "
                        "OTP. What will you do?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "পিন বা ওটিপি কখনো কাউকে বলবেন না। ভুল করে বলে ফেললে সঙ্গে সঙ্গে পিন "
                        "বদলান, আর কার্ড বা ওয়েবসাইটে দেওয়া অফিশিয়াল হেল্পলাইনে ফোন করুন।"
                    ),
                    "en": (
                        "Never tell anyone your PIN or OTP. If you told someone by "
                        "mistake, change your PIN at once and call the official "
                        "helpline shown on the card or website."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "কিছু না বলে ফোন কেটে দেবেন",
                            "en": "Hang up without telling him anything",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এই প্রতিষ্ঠানগুলো কখনো পিন বা ওটিপি চায় না।",
                            "en": (
                                "Right. These companies never ask for your PIN or OTP."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "অফিসের লোক, তাই ওটিপি বলে দেবেন",
                            "en": "Tell him the OTP, because he is from the office",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। নিজেকে বিকাশের লোক বললেও পিন বা ওটিপি বলবেন না।",
                            "en": (
                                "No. Never tell your PIN or OTP, even to someone who "
                                "says he is from bKash."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "ওটিপি নয়, শুধু পিন বলবেন",
                            "en": "Tell him only your PIN, not the OTP",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। পিন আর ওটিপি দুটোই গোপন।",
                            "en": "No. Your PIN and your OTP are both secret.",
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>মোবাইল ব্যাংকিং হিসাব খোলা ও ব্যবহারের ধাপগুলো ঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the steps for opening and using a mobile banking "
                        "account in the right order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "হিসাব খুলতে জাতীয় পরিচয়পত্র আর সিম লাগে। খোলার সময় নিজেই গোপন পিন "
                        "ঠিক করুন। প্রতিটি লেনদেনের পর এসএমএস দেখে লেনদেন নম্বর লিখে রাখুন।"
                    ),
                    "en": (
                        "You need your National ID card and a SIM to open the account. "
                        "Choose your secret PIN yourself when you open it. After every "
                        "transaction, check the SMS and write down the transaction "
                        "number."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "জাতীয় পরিচয়পত্র আর নিজের নামে নিবন্ধিত সিম নিয়ে অনুমোদিত "
                                "এজেন্টের কাছে যান।"
                            ),
                            "en": (
                                "Take your National ID card and a SIM registered in "
                                "your own name to an authorised agent."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "নিজের নামে হিসাব খুলুন।",
                            "en": "Open the account in your own name.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "নিজেই একটি গোপন পিন ঠিক করুন।",
                            "en": "Choose a secret PIN yourself.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "বিদেশ থেকে টাকা এলে এসএমএস দেখে লেনদেন নম্বর লিখে রাখুন।",
                            "en": (
                                "When money comes from abroad, check the SMS and write "
                                "down the transaction number."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                ],
            },
        ],
    },
    "productive-use": {
        "slug": "productive-use-quiz",
        "title": {
            "bn": "কুইজ: রেমিট্যান্সের টাকা আয়ের কাজে লাগানো",
            "en": "Quiz: Putting remittances to productive use",
        },
        "intro": {
            "bn": (
                "প্রবাসী আয় দিয়ে নতুন আয়ের পথ তৈরি নিয়ে প্রশ্ন। প্রতিটি উত্তরের পর কারণটিও "
                "দেখতে পাবেন।"
            ),
            "en": (
                "Questions on using remittances to create new income. After each "
                "answer, you will also see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "picture",
                "stem": {
                    "bn": (
                        "<p>কোনটিতে টাকা খরচ করলে প্রতি মাসে বা প্রতি মৌসুমে নতুন আয় আসতে "
                        "পারে?</p>"
                    ),
                    "en": (
                        "<p>Spending money on which of these can bring new income "
                        "every month or every season?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "টাকার ব্যবহার দুই রকম: শুধু খরচ, আর আয়ের কাজ। মুরগি বা গরু পালন, মুদি "
                        "দোকান, সেলাই আর চাষাবাদ নতুন আয় আনতে পারে।"
                    ),
                    "en": (
                        "Money can be used in two ways: only spending, or earning. "
                        "Poultry, cow rearing, a grocery shop, tailoring and farming "
                        "can bring new income."
                    ),
                },
                "answers": [
                    {
                        "picture": "cow",
                        "text": {
                            "bn": "গরু পালন",
                            "en": "Rearing a cow",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। গরু পালন আয়ের কাজ।",
                            "en": "Right. Cow rearing is earning work.",
                        },
                    },
                    {
                        "picture": "house",
                        "text": {
                            "bn": "নতুন বাড়ি বানানো",
                            "en": "Building a new house",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। বাড়ি দরকারি হতে পারে, কিন্তু নতুন আয় আনে না।",
                            "en": (
                                "No. A house may be needed, but it brings no new "
                                "income."
                            ),
                        },
                    },
                    {
                        "picture": "mobile_phone",
                        "text": {
                            "bn": "দামি নতুন মোবাইল ফোন",
                            "en": "A costly new mobile phone",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটি শুধু খরচ, আয় আনে না।",
                            "en": "No. This is only spending; it brings no income.",
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>প্রবাসী আয় ভাগ করার ক্রম সাজান। কোনটি আগে, কোনটি পরে?</p>",
                    "en": (
                        "<p>Put the order for sharing out your remittance money. What "
                        "comes first, and what comes later?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ঋণ সুদে বাড়ে, তাই আগে ঋণ শোধ। জরুরি তহবিল বিপদের দিনে বাঁচায়। তারপর "
                        "আয়ের কাজ নতুন টাকা আনে। বাড়ি, জমি আর অনুষ্ঠানের খরচ থাকুক সাধ্যের মধ্যে।"
                    ),
                    "en": (
                        "Debts grow with interest, so pay them first. An emergency "
                        "fund saves you on hard days. Then earning work brings new "
                        "money. Keep house, land and feast spending within what you "
                        "can afford."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ঋণ শোধ করুন, বিশেষ করে বেশি সুদের ঋণ।",
                            "en": "Pay off debts, above all loans with high interest.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "কয়েক মাসের খরচের সমান জরুরি তহবিল রাখুন।",
                            "en": (
                                "Keep an emergency fund worth a few months of spending."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "টাকার একটি অংশ আয়ের কাজে লাগান।",
                            "en": "Put part of the money into work that earns.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "বাড়ি, জমি ও অনুষ্ঠানে খরচ করুন সাধ্যের মধ্যে।",
                            "en": (
                                "Spend on house, land and feasts within what you can "
                                "afford."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>আপনার গ্রামে আগেই দশটি মুদি দোকান আছে। ব্যবসা বাছাইয়ের ঠিক উপায় "
                        "কোনটি?</p>"
                    ),
                    "en": (
                        "<p>Your village already has ten grocery shops. What is the "
                        "right way to choose a business?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ব্যবসার আগে তিনটি প্রশ্ন করুন: আমি কী কাজ জানি? এলাকার মানুষ কী কেনে? "
                        "আমার কত টাকা আর সময় আছে? বাজারে গিয়ে নিজের চোখে দেখুন।"
                    ),
                    "en": (
                        "Before a business, ask three questions: What work do I know? "
                        "What do people here buy? How much money and time do I have? "
                        "Go to the market and see for yourself."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "এলাকায় কোন জিনিসের চাহিদা আছে কিন্তু বিক্রেতা কম, তা খুঁজে দেখা",
                            "en": "Find out what people here need but few people sell",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। নিজের দক্ষতা আর এলাকার চাহিদা মিলিয়ে ব্যবসা বাছুন।",
                            "en": (
                                "Right. Choose a business that matches your skills and "
                                "local demand."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "এগারো নম্বর মুদি দোকান খোলা",
                            "en": "Open an eleventh grocery shop",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এত দোকানের মধ্যে আরেকটি দোকান ভালো চলবে না।",
                            "en": "No. Among so many shops, one more will not do well.",
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রতিবেশীর ব্যবসা ভালো চলছে, তাই সেটাই করা",
                            "en": (
                                "Copy a neighbour's business because it is doing well"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। অন্যের ব্যবসা ভালো চললেই আপনারটা চলবে, এমন নয়।",
                            "en": (
                                "No. A business that does well for someone else will "
                                "not always do well for you."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>শাহানা এক ব্যাচ মুরগি বিক্রি করে পেলেন ৫০,০০০ টাকা। খরচ: বাচ্চা ১০,০০০ "
                        "টাকা, খাবার ৩০,০০০ টাকা, টিকা, ওষুধ ও অন্যান্য ৪,০০০ টাকা। এই ব্যাচে লাভ "
                        "কত?</p>"
                    ),
                    "en": (
                        "<p>Shahana sold one batch of chickens for 50,000 taka. Costs: "
                        "chicks 10,000 taka, feed 30,000 taka, vaccines, medicine and "
                        "other costs 4,000 taka. What is the profit on this batch?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "খরচ: ১০,০০০ + ৩০,০০০ + ৪,০০০ = ৪৪,০০০ টাকা। লাভ: ৫০,০০০ − ৪৪,০০০ "
                        "= ৬,০০০ টাকা। বিক্রির টাকা মানেই লাভ নয়।"
                    ),
                    "en": (
                        "Costs: 10,000 + 30,000 + 4,000 = 44,000 taka. Profit: 50,000 "
                        "− 44,000 = 6,000 taka. Sales money is not profit."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "6000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": "<p>ব্যবসার টাকা আর সংসারের টাকা একসঙ্গে রাখাই ভালো।</p>",
                    "en": (
                        "<p>It is best to keep business money and household money "
                        "together.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ব্যবসার টাকা আর সংসারের টাকা আলাদা রাখুন। প্রতিদিন হিসাবের খাতায় লিখুন, তাহলে "
                        "বুঝবেন ব্যবসায় আসলে লাভ হচ্ছে কি না।"
                    ),
                    "en": (
                        "Keep business money and household money apart. Write in your "
                        "record book every day, so you know whether the business "
                        "really makes a profit."
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
                            "bn": "ঠিক নয়। একসঙ্গে রাখলে বোঝা যায় না ব্যবসায় লাভ হচ্ছে কি না।",
                            "en": (
                                "Not right. If they are mixed, you cannot tell whether "
                                "the business makes a profit."
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
                            "bn": "ঠিক। দুই রকম টাকা আলাদা রাখুন।",
                            "en": "Right. Keep the two kinds of money apart.",
                        },
                    },
                ],
            },
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>ছোট ব্যবসা শুরুর কোন পরামর্শগুলো ঠিক? যতগুলো ঠিক, সবগুলো বেছে "
                        "নিন।</p>"
                    ),
                    "en": (
                        "<p>Which tips for starting a small business are right? Choose "
                        "all that are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ছোট করে শুরু করুন, প্রশিক্ষণ নিন আর প্রতিদিনের হিসাব রাখুন। টাকা কম পড়লে "
                        "মহাজনের কাছে না গিয়ে প্রবাসী কল্যাণ ব্যাংকে পুনর্বাসন ঋণের খোঁজ নিন।"
                    ),
                    "en": (
                        "Start small, get training and keep daily records. If you are "
                        "short of money, do not go to a money lender: ask Probashi "
                        "Kallyan Bank about a reintegration loan."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "ছোট করে শুরু করুন",
                            "en": "Start small",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। কয়েক মাস লাভ হলে তারপর ব্যবসা বড় করুন।",
                            "en": (
                                "Right. Grow the business only after a few months of "
                                "profit."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "শুরুর আগে প্রশিক্ষণ নিন, যেমন উপজেলা প্রাণিসম্পদ অফিস থেকে",
                            "en": (
                                "Get training first, for example from the Upazila "
                                "Livestock Office"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এসব সরকারি অফিস পরামর্শ ও প্রশিক্ষণ দেয়।",
                            "en": (
                                "Right. These government offices give advice and "
                                "training."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রতিদিনের কেনাবেচা হিসাবের খাতায় লিখুন",
                            "en": (
                                "Write each day's buying and selling in a record book"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। হিসাব দেখায় ব্যবসায় লাভ হচ্ছে কি না।",
                            "en": (
                                "Right. Records show whether the business makes a "
                                "profit."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "শুরুতেই সব টাকা ব্যবসায় ঢালুন",
                            "en": "Put all your money into the business at the start",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। লোকসান হলে সংসার চালানো কঠিন হবে।",
                            "en": (
                                "No. If you make a loss, the household will struggle."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "টাকা কম পড়লে মহাজনের কাছ থেকে ধার নিন",
                            "en": (
                                "If you are short of money, borrow from a money lender"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। মহাজনের ঋণে খরচ অনেক বেশি।",
                            "en": "No. A money lender's loan costs far more.",
                        },
                    },
                ],
            },
        ],
    },
    "fraud-and-debt": {
        "slug": "fraud-and-debt-quiz",
        "title": {
            "bn": "কুইজ: প্রতারণা ও ঋণের ফাঁদ থেকে বাঁচুন",
            "en": "Quiz: Avoiding fraud and debt traps",
        },
        "intro": {
            "bn": (
                "ভুয়া চাকরি, লোভনীয় স্কিম আর ঋণের ফাঁদ চেনার প্রশ্ন। প্রতিটি উত্তরের পর কারণটিও "
                "দেখতে পাবেন।"
            ),
            "en": (
                "Questions on spotting fake jobs, tempting schemes and debt traps. "
                "After each answer, you will also see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>একজন আপনাকে বিদেশে চাকরির প্রস্তাব দিচ্ছে। কোনগুলো প্রতারণার লক্ষণ? "
                        "যতগুলো ঠিক, সবগুলো বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Someone offers you a job abroad. Which are warning signs "
                        "of fraud? Choose all that are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "টাকা দেওয়ার আগে যাচাই করুন: এজেন্সির সরকারি লাইসেন্স আছে কি না, আর ভিসা "
                        "আসল কি না। ডেমো বা বিএমইটিতে জিজ্ঞেস করুন।"
                    ),
                    "en": (
                        "Check before you pay: does the agency have a government "
                        "licence, and is the visa real? Ask at DEMO or BMET."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "টাকা নেয়, কিন্তু রসিদ দেয় না",
                            "en": "Takes money but gives no receipt",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। রসিদ না থাকলে টাকা দেওয়ার প্রমাণ থাকে না।",
                            "en": (
                                "Right. Without a receipt, you have no proof that you "
                                "paid."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "“ফ্রি ভিসা”র কথা বলে",
                            "en": "Talks of a “free visa”",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": (
                                "ঠিক। “ফ্রি ভিসা” বা ভ্রমণ ভিসায় গিয়ে কাজ পাওয়ার কথা প্রতারণার "
                                "লক্ষণ।"
                            ),
                            "en": (
                                "Right. Talk of a “free visa”, or of finding work on a "
                                "visit visa, is a warning sign."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "আপনার আসল পাসপোর্ট নিজের কাছে রাখতে চায়",
                            "en": "Wants to keep your original passport",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। আসল পাসপোর্ট কোনো দালালের হাতে দেবেন না।",
                            "en": (
                                "Right. Never hand your original passport to a dalal."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "বিএমইটিতে নিবন্ধন করে স্মার্ট কার্ড নিতে বলে",
                            "en": (
                                "Tells you to register with BMET and get a smart card"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এটাই বৈধ পথ, প্রতারণার লক্ষণ নয়।",
                            "en": "No. This is the legal way, not a warning sign.",
                        },
                    },
                    {
                        "text": {
                            "bn": "লিখিত চুক্তি করে আর প্রতিটি টাকার রসিদ দেয়",
                            "en": (
                                "Signs a written contract and gives a receipt for "
                                "every taka"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। লিখিত চুক্তি আর রসিদ ভালো লক্ষণ।",
                            "en": "No. A written contract and receipts are good signs.",
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>একটি কোম্পানি বলছে, “টাকা রাখুন, এক বছরে দ্বিগুণ হবে। নতুন সদস্য "
                        "আনলে কমিশন। আজই শেষ সুযোগ।” এটি কী?</p>"
                    ),
                    "en": (
                        "<p>A company says, “Put your money with us and it will double "
                        "in a year. Bring in new members and earn commission. Today is "
                        "the last chance.” What is this?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "খুব বেশি লাভের নিশ্চয়তা, এখনই টাকা দেওয়ার চাপ আর নতুন সদস্য আনার কমিশন "
                        "হলো ফাঁদের লক্ষণ।"
                    ),
                    "en": (
                        "A promise of very high profit, pressure to pay now, and "
                        "commission for bringing in new members are signs of a trap."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "সম্ভবত একটি ফাঁদ, যেখানে বেশির ভাগ মানুষ টাকা হারান",
                            "en": (
                                "Most likely a trap in which most people lose their "
                                "money"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। নতুন সদস্যদের টাকা দিয়ে পুরোনো সদস্যদের লাভ দেওয়া হয়।",
                            "en": (
                                "Right. Old members are paid with new members' money."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "টাকা জমানোর নিরাপদ জায়গা",
                            "en": "A safe place to save",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। নিরাপদ জায়গা হলো বাংলাদেশ ব্যাংকের অনুমোদিত ব্যাংক।",
                            "en": (
                                "No. The safe place is a bank licensed by Bangladesh "
                                "Bank."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "দ্রুত ধনী হওয়ার ভালো সুযোগ",
                            "en": "A good chance to get rich fast",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। নতুন সদস্য আসা বন্ধ হলেই সব ভেঙে পড়ে।",
                            "en": (
                                "No. When new members stop joining, it all falls apart."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>আপনি মহাজনের কাছ থেকে ২০,০০০ টাকা ধার নিলেন। প্রতি মাসে সুদ ২,০০০ "
                        "টাকা। ৬ মাস পর সুদসহ সব শোধ করলে মোট কত টাকা ফেরত দিতে হবে?</p>"
                    ),
                    "en": (
                        "<p>You borrow 20,000 taka from a money lender. The interest "
                        "is 2,000 taka every month. If you pay it all back with "
                        "interest after 6 months, how much do you pay back in "
                        "total?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "সুদ: ৬ × ২,০০০ = ১২,০০০ টাকা। মোট: ২০,০০০ + ১২,০০০ = ৩২,০০০ টাকা। "
                        "ঋণ নেওয়ার আগে সব সময় জিজ্ঞেস করুন, মোট কত টাকা ফেরত দিতে হবে।"
                    ),
                    "en": (
                        "Interest: 6 × 2,000 = 12,000 taka. Total: 20,000 + 12,000 = "
                        "32,000 taka. Before you borrow, always ask how much you must "
                        "pay back in total."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "32000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": (
                        "<p>কিস্তি দিতে না পারলে নতুন একটি ঋণ নিয়ে আগের ঋণ শোধ করা ভালো "
                        "বুদ্ধি।</p>"
                    ),
                    "en": (
                        "<p>If you cannot pay an instalment, taking a new loan to pay "
                        "off the old one is a good idea.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "এক ঋণ শোধ করতে আরেক ঋণ নেবেন না। কিস্তি দিতে না পারলে আগেভাগেই "
                        "ঋণদাতার সঙ্গে কথা বলুন, বেশি সময় বা ছোট কিস্তি চান।"
                    ),
                    "en": (
                        "Never take a new loan to pay off another. If you cannot pay "
                        "an instalment, talk to the lender early and ask for more time "
                        "or a smaller instalment."
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
                            "bn": "ঠিক নয়। এতে ঋণ শুধু বাড়তেই থাকে।",
                            "en": "Not right. The debt only keeps growing.",
                        },
                    },
                    {
                        "text": {
                            "bn": "মিথ্যা",
                            "en": "False",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। আগেভাগে ঋণদাতার সঙ্গে কথা বলুন।",
                            "en": "Right. Talk to the lender early.",
                        },
                    },
                ],
            },
            {
                "kind": "picture",
                "stem": {
                    "bn": "<p>গরু পালনের জন্য ঋণ দরকার। কোথা থেকে নেওয়া ভালো?</p>",
                    "en": (
                        "<p>You need a loan to rear a cow. Where is it better to "
                        "borrow?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "করিমের উদাহরণে মহাজনের সুদেই সব লাভ চলে গিয়েছিল। ব্যাংক, প্রবাসী কল্যাণ "
                        "ব্যাংক বা সনদ পাওয়া এনজিও থেকে ঋণ নিন, আর অন্তত দুই জায়গায় খরচ তুলনা করুন।"
                    ),
                    "en": (
                        "In Karim's example, all the profit went on the money lender's "
                        "interest. Borrow from a bank, Probashi Kallyan Bank or a "
                        "licensed NGO, and compare the cost at two places at least."
                    ),
                },
                "answers": [
                    {
                        "picture": "bank",
                        "text": {
                            "bn": "ব্যাংক",
                            "en": "A bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। মহাজনের চেয়ে ব্যাংকের ঋণে খরচ অনেক কম।",
                            "en": (
                                "Right. A bank loan costs far less than a money "
                                "lender's."
                            ),
                        },
                    },
                    {
                        "picture": "cash_envelope",
                        "text": {
                            "bn": "মহাজনের দেওয়া নগদ টাকা",
                            "en": "Cash from a money lender",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। মহাজনের ঋণ সহজে মেলে, কিন্তু খরচ অনেক বেশি।",
                            "en": (
                                "No. A money lender's loan is easy to get, but it "
                                "costs far more."
                            ),
                        },
                    },
                    {
                        "picture": "shop",
                        "text": {
                            "bn": "দোকানদারের কাছ থেকে চড়া সুদে ধার",
                            "en": "A high-interest loan from a shopkeeper",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। চড়া সুদে ধার নিলে লাভের সবটুকু সুদেই চলে যেতে পারে।",
                            "en": (
                                "No. With high interest, all the profit can go on "
                                "interest."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": "<p>একটি এজেন্সি টাকা নিয়েও আপনাকে বিদেশে পাঠায়নি। কী করবেন?</p>",
                    "en": (
                        "<p>An agency took your money but did not send you abroad. "
                        "What will you do?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রতারিত হলে রসিদ, চুক্তি, মেসেজ আর টাকা দেওয়ার প্রমাণ রাখুন। দালাল বা "
                        "এজেন্সির বিরুদ্ধে ডেমোতে লিখিত অভিযোগ দিন। থানায় বা পুলিশের প্রবাসী "
                        "সহায়তা সেলেও অভিযোগ করা যায়।"
                    ),
                    "en": (
                        "If you are cheated, keep the receipts, contract, messages and "
                        "proof of payment. Make a written complaint about a dalal or "
                        "agency at DEMO. You can also complain at the police station "
                        "or to the police expatriate help cell."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "রসিদ ও চুক্তি রেখে দেরি না করে ডেমোতে লিখিত অভিযোগ দেবেন"
                            ),
                            "en": (
                                "Keep the receipts and contract, and make a written "
                                "complaint at DEMO without delay"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। প্রমাণ রাখুন আর যত তাড়াতাড়ি সম্ভব অভিযোগ করুন।",
                            "en": (
                                "Right. Keep the proof and complain as soon as you can."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "লজ্জায় কাউকে কিছু বলবেন না",
                            "en": "Say nothing to anyone, out of shame",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। লজ্জা পাবেন না, চুপ করে থাকবেন না।",
                            "en": "No. Do not feel ashamed, and do not stay silent.",
                        },
                    },
                    {
                        "text": {
                            "bn": "অন্য এক দালালকে আরও টাকা দিয়ে আবার চেষ্টা করবেন",
                            "en": "Pay another dalal more money to try again",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। এতে আরও টাকা হারানোর ঝুঁকি বাড়ে।",
                            "en": "No. That risks losing even more money.",
                        },
                    },
                ],
            },
        ],
    },
    "welfare-services": {
        "slug": "welfare-services-quiz",
        "title": {
            "bn": "কুইজ: প্রবাসী ও পরিবারের জন্য কল্যাণ সেবা",
            "en": "Quiz: Welfare services for migrants and families",
        },
        "intro": {
            "bn": (
                "কল্যাণ সেবা, বৈধভাবে বিদেশে যাওয়া আর কাগজপত্র নিরাপদ রাখা নিয়ে প্রশ্ন। প্রতিটি "
                "উত্তরের পর কারণটিও দেখতে পাবেন।"
            ),
            "en": (
                "Questions on welfare services, going abroad the legal way and keeping "
                "your papers safe. After each answer, you will also see why."
            ),
        },
        "pass_mark": 60,
        "questions": [
            {
                "kind": "multiple",
                "stem": {
                    "bn": (
                        "<p>ওয়েজ আর্নার্স কল্যাণ বোর্ড কোন সাহায্যগুলো দেয়? যতগুলো ঠিক, সবগুলো "
                        "বেছে নিন।</p>"
                    ),
                    "en": (
                        "<p>Which kinds of help does the Wage Earners' Welfare Board "
                        "give? Choose all that are right.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "ওয়েজ আর্নার্স কল্যাণ বোর্ড প্রবাসী কর্মী ও তাঁদের পরিবারের কল্যাণে কাজ করে। "
                        "সাহায্যের পরিমাণ ও নিয়ম বদলায়, তাই বোর্ড বা ডেমো থেকে জেনে নিন।"
                    ),
                    "en": (
                        "The Wage Earners' Welfare Board works for the welfare of "
                        "migrant workers and their families. Amounts and rules change, "
                        "so ask the Board or DEMO."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "বিদেশে কর্মীর মৃত্যু হলে পরিবারকে ক্ষতিপূরণ",
                            "en": "Compensation for the family if a worker dies abroad",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। মরদেহ দেশে আনতেও বোর্ড সহায়তা করে।",
                            "en": "Right. The Board also helps bring the body home.",
                        },
                    },
                    {
                        "text": {
                            "bn": "প্রবাসী কর্মীর সন্তানদের শিক্ষাবৃত্তি",
                            "en": "Scholarships for migrant workers' children",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। বোর্ড বিজ্ঞপ্তি দিয়ে নির্দিষ্ট সময়ে আবেদন নেয়।",
                            "en": (
                                "Right. The Board takes applications at set times, "
                                "after a public notice."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "অসুস্থ বা আহত কর্মীর চিকিৎসা সহায়তা",
                            "en": "Medical aid for sick or injured workers",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। কাজ করতে গিয়ে প্রতিবন্ধী হলে আর্থিক সহায়তাও দেয়।",
                            "en": (
                                "Right. It also gives financial aid if a worker is "
                                "disabled through work."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "বিদেশে যাওয়ার খরচের জন্য অভিবাসন ঋণ",
                            "en": "Migration loans for the cost of going abroad",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। অভিবাসন ঋণ দেয় প্রবাসী কল্যাণ ব্যাংক।",
                            "en": (
                                "No. Migration loans come from Probashi Kallyan Bank."
                            ),
                        },
                    },
                    {
                        "text": {
                            "bn": "জমি কেনার টাকা",
                            "en": "Money to buy land",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। বোর্ড জমি কেনার টাকা দেয় না।",
                            "en": "No. The Board does not give money to buy land.",
                        },
                    },
                ],
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>রফিক বিদেশ থেকে ফিরে ব্যবসা শুরু করতে ঋণ চান। পুনর্বাসন ঋণের খোঁজ "
                        "কোথায় নেবেন?</p>"
                    ),
                    "en": (
                        "<p>Rafiq is back from abroad and wants a loan to start a "
                        "business. Where should he ask about a reintegration loan?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "প্রবাসী কল্যাণ ব্যাংক যাওয়ার আগে অভিবাসন ঋণ আর ফেরার পর পুনর্বাসন ঋণ দেয়। "
                        "ব্যবসা পরিকল্পনা আর পাসপোর্টের কপি নিয়ে যান, আর সুদের হার ও শর্ত ব্যাংক "
                        "থেকে জেনে নিন।"
                    ),
                    "en": (
                        "Probashi Kallyan Bank gives migration loans before you go and "
                        "reintegration loans after you come home. Take your business "
                        "plan and a copy of your passport, and ask the bank about the "
                        "interest rate and terms."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": "প্রবাসী কল্যাণ ব্যাংক",
                            "en": "Probashi Kallyan Bank",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এটি প্রবাসীদের জন্য সরকারি ব্যাংক।",
                            "en": "Right. It is the government bank for migrants.",
                        },
                    },
                    {
                        "text": {
                            "bn": "গ্রামের মহাজন",
                            "en": "The village money lender",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। মহাজনের ঋণে খরচ অনেক বেশি।",
                            "en": "No. A money lender's loan costs far more.",
                        },
                    },
                    {
                        "text": {
                            "bn": "যে দালাল তাঁকে বিদেশে পাঠিয়েছিল",
                            "en": "The dalal who sent him abroad",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। দালাল ঋণ নেওয়ার জায়গা নয়।",
                            "en": "No. A dalal is not a place to get a loan.",
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "stem": {
                    "bn": "<p>বৈধভাবে বিদেশে কাজে যাওয়ার ধাপগুলো ঠিক ক্রমে সাজান।</p>",
                    "en": (
                        "<p>Put the steps for going abroad to work the legal way in "
                        "the right order.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আগে নিবন্ধন আর আঙুলের ছাপ, তারপর প্রশিক্ষণ, আর সবশেষে ছাড়পত্র ও স্মার্ট "
                        "কার্ড নিয়ে যাত্রা। স্মার্ট কার্ড ছাড়া গেলে বিপদে সাহায্য পাওয়া অনেক কঠিন হয়।"
                    ),
                    "en": (
                        "First registration and fingerprints, then training, and last, "
                        "travel with your clearance and smart card. If you go without "
                        "a smart card, help is much harder to get when you are in "
                        "trouble."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "বিএমইটিতে নিবন্ধন করুন। ইউনিয়ন ডিজিটাল সেন্টার অনলাইনে করে "
                                "দিতে পারে।"
                            ),
                            "en": (
                                "Register with BMET. Your Union Digital Centre can do "
                                "it online."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "ডেমোতে আঙুলের ছাপ দিন।",
                            "en": "Give your fingerprints at DEMO.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "বিদেশ যাত্রার আগের প্রশিক্ষণ নিন।",
                            "en": "Take the pre-departure training.",
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                    {
                        "text": {
                            "bn": "বহির্গমন ছাড়পত্র ও স্মার্ট কার্ড হাতে পেলে তবেই বিমানে উঠুন।",
                            "en": (
                                "Board the plane only once you have your emigration "
                                "clearance and smart card."
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "",
                            "en": "",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "stem": {
                    "bn": "<p>কল্যাণ বোর্ডে সাহায্যের আবেদন করতে দালাল লাগে।</p>",
                    "en": (
                        "<p>You need a dalal to apply to the Welfare Board for "
                        "help.</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "আবেদন করতে দালাল লাগে না। ফরম পূরণে অসুবিধা হলে ইউনিয়ন ডিজিটাল "
                        "সেন্টারের উদ্যোক্তার সাহায্য নিন। অল্প সেবা-মূল্য লাগতে পারে, তাই আগে জেনে "
                        "নিন।"
                    ),
                    "en": (
                        "You do not need a dalal to apply. If forms are hard, ask the "
                        "Union Digital Centre entrepreneur for help. There may be a "
                        "small service fee, so ask first."
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
                            "bn": "ঠিক নয়। নিজেই আবেদন করা যায়। কাউকে ঘুষ দেবেন না।",
                            "en": (
                                "Not right. You can apply yourself. Do not pay anyone "
                                "a bribe."
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
                            "bn": "ঠিক। আবেদন করতে কোনো দালাল লাগে না।",
                            "en": "Right. You do not need a dalal to apply.",
                        },
                    },
                ],
            },
            {
                "kind": "numeric",
                "stem": {
                    "bn": (
                        "<p>জামালের বিদেশের বেতন মাসে প্রায় ৩৫,০০০ টাকার সমান। থাকা-খাওয়ায় যায় "
                        "১০,০০০ টাকা, ঋণের কিস্তি ৭,০০০ টাকা, আর বৈধ পথে বাড়িতে পাঠান ১৫,০০০ "
                        "টাকা। বিদেশে জরুরি খরচের জন্য কত টাকা জমা থাকে?</p>"
                    ),
                    "en": (
                        "<p>Jamal's wage abroad is worth about 35,000 taka a month. "
                        "Food and lodging cost 10,000 taka, the loan instalment is "
                        "7,000 taka, and he sends 15,000 taka home through a formal "
                        "channel. How much does he keep abroad for emergencies?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "খরচ: ১০,০০০ + ৭,০০০ + ১৫,০০০ = ৩২,০০০ টাকা। জমা থাকে ৩৫,০০০ − "
                        "৩২,০০০ = ৩,০০০ টাকা। নিয়মিত কিস্তি দিলে ঋণ সময়মতো শেষ হয়।"
                    ),
                    "en": (
                        "Costs: 10,000 + 7,000 + 15,000 = 32,000 taka. He keeps 35,000 "
                        "− 32,000 = 3,000 taka. Paying every instalment on time clears "
                        "the loan."
                    ),
                },
                "answers": [],
                "numeric": {
                    "answer": "3000",
                    "tolerance": "0",
                },
            },
            {
                "kind": "single",
                "stem": {
                    "bn": (
                        "<p>বিদেশে কর্মীর কোনো বিপদ হলে পরিবারের কোন তথ্য সবার আগে "
                        "লাগবে?</p>"
                    ),
                    "en": (
                        "<p>If something happens to a worker abroad, what information "
                        "will the family need first?</p>"
                    ),
                },
                "feedback": {
                    "bn": (
                        "পরিবার যেন জানে: কর্মীর পাসপোর্ট নম্বর, তিনি কোন দেশে কোন কোম্পানিতে "
                        "কাজ করেন, আর কল্যাণ বোর্ডের সদস্য হওয়ার কাগজ কোথায় রাখা আছে। বিপদের সময় "
                        "এই তথ্যই সবার আগে লাগে।"
                    ),
                    "en": (
                        "Make sure your family knows your passport number, the country "
                        "and company you work for, and where your Welfare Board "
                        "membership papers are kept. In an emergency, this is the "
                        "first information they need."
                    ),
                },
                "answers": [
                    {
                        "text": {
                            "bn": (
                                "পাসপোর্ট নম্বর, কোন দেশে কোন কোম্পানিতে কাজ, আর সদস্য হওয়ার "
                                "কাগজ কোথায় আছে"
                            ),
                            "en": (
                                "The passport number, the country and company of work, "
                                "and where the membership papers are"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "bn": "ঠিক। এই তথ্য পরিবারকে আগেই জানিয়ে রাখুন।",
                            "en": "Right. Tell your family these things in advance.",
                        },
                    },
                    {
                        "text": {
                            "bn": "কর্মীর মোবাইল ব্যাংকিংয়ের পিন",
                            "en": "The worker's mobile banking PIN",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। পিন কখনো কাউকে বলবেন না।",
                            "en": "No. Never tell anyone your PIN.",
                        },
                    },
                    {
                        "text": {
                            "bn": "দালালের ফোন নম্বর",
                            "en": "The dalal's phone number",
                        },
                        "correct": False,
                        "feedback": {
                            "bn": "না। কল্যাণ বোর্ডের সাহায্য পেতে দালাল লাগে না।",
                            "en": (
                                "No. You do not need a dalal to get help from the "
                                "Welfare Board."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
