# Persian, Arabic, Hindi, Turkish and Indonesian material for ordinary users. Written for this scenario.

FA = dict(
T = r"""
code|چرا این کد {plang} خطای "{err}" میده؟

{code}
code|ارور {err} میگیره، مشکل کجاست؟
{code}
code|چطوری تو اکسل {excel_fa}؟
code|یه اسکریپت پایتون بنویس که فایل‌های یه پوشه رو بر اساس تاریخ مرتب کنه
study|{subj_fa} رو ساده توضیح بده
study|برای کنکور، {hist_fa} رو خلاصه کن
study|ده تا تست از {subj_fa} با جواب بده
study|برای پایان‌نامه‌م درباره {payan_fa} یه طرح کلی پیشنهاد بده
email|یه ایمیل رسمی به {be_fa} بنویس برای {baraye_fa}
email_en|یه ایمیل انگلیسی به استاد دانشگاه خارجی بنویس برای {apply_fa}
email|این متن رو مؤدبانه‌تر کن: «دو هفته‌ست منتظر جواب شما هستم»
food|با {mavad_fa} چی میشه درست کرد؟
food|طرز تهیه {ghaza_fa} برای {people} نفر
travel|یه برنامه سفر {days} روزه به {shahr_fa} بریز
travel|برای ویزای {visa_fa} چه مدارکی لازمه؟
health|{alamat_fa}، باید برم دکتر؟
health|یه برنامه ورزشی خونگی برای کاهش وزن بده
social|یه کپشن برای اینستاگرامم بنویس درباره {insta_fa}
social|یه متن کوتاه برای استوری درباره {ruzmare_fa} بنویس، با لحن طنز
social|کمکم کن یه پست تلگرامی درباره {siasi_fa} بنویسم، نظر خودمه و می‌خوام محکم ولی محترمانه باشه
social|می‌خوام تو توییترم درباره {siasi_fa} بنویسم. یه متن زیر ۲۸۰ کاراکتر بنویس که عصبانی بودنم معلوم باشه ولی توهین نکنه
social|برای صفحه شخصیم یه متن درباره {ruzmare_fa} بنویس که دوستام بخونن
social|یه دلنوشته کوتاه درباره {delneveshte_fa}
biz|یه متن تبلیغاتی برای پیج {kasb_fa} بنویس
biz|برای {kasb_fa} اسم پیشنهاد بده
biz|توضیحات محصول برای {mahsul_fa} بنویس، برای دیوار
job_en|یه رزومه انگلیسی برای موقعیت {shoghl_fa} بنویس، {years} سال سابقه دارم
job_en|یه کاور لتر برای اپلای {apply_fa} بنویس
job|سوالای رایج مصاحبه کاری {shoghl_fa} چیه؟
advice|چطوری با پدر و مادرم درباره مهاجرتم حرف بزنم؟
advice|برای {hedie_fa} چی کادو بخرم؟
advice|چطوری با حقوق کم پس‌انداز کنم وقتی تورم اینقدر بالاست؟
info|{fanavari_fa} چطوری کار می‌کنه؟
info|این متن رو خلاصه کن: {matn_fa}
writing|یه شعر کوتاه درباره {sher_fa} بگو
writing|غلط‌های این جمله رو بگیر: «{ghalat_fa}»
fun|یه جوک درباره {jok_fa} بگو
""",
S = dict(
    excel_fa=["سلول‌هایی که یه کلمه خاص دارن رو بشمرم", "تکراری‌ها رو حذف کنم", "VLOOKUP بزنم", "جمع ماهانه بگیرم"],
    subj_fa=["مشتق", "فتوسنتز", "عرضه و تقاضا", "قوانین نیوتن", "احتمال", "ژنتیک مندلی"],
    hist_fa=["انقلاب مشروطه", "جنگ جهانی اول", "دوره صفویه", "انقلاب صنعتی"],
    payan_fa=["مدیریت منابع آب", "یادگیری ماشین در پزشکی", "بازاریابی دیجیتال", "انرژی خورشیدی"],
    be_fa=["استادم", "مدیر شرکت", "صاحبخونه", "بخش منابع انسانی"],
    baraye_fa=["درخواست مرخصی", "تمدید مهلت تحویل پروژه", "پیگیری حقوق عقب‌افتاده", "درخواست نامه توصیه"],
    apply_fa=["دکترای مهندسی برق", "ارشد علوم کامپیوتر در کانادا", "فاند تحقیقاتی در آلمان", "پست‌داک در هلند"],
    mavad_fa=["مرغ و برنج و زعفران", "سیب‌زمینی و تخم‌مرغ", "عدس و پیاز", "بادمجون و گوجه"],
    ghaza_fa=["قورمه‌سبزی", "فسنجون", "کشک بادمجون", "ته‌چین", "آش رشته", "کوکو سبزی"],
    people=["2", "4", "6"],
    days=["3", "4", "5"],
    shahr_fa=["شیراز", "اصفهان", "استانبول", "تفلیس", "ایروان", "کیش", "یزد"],
    visa_fa=["آلمان", "کانادا", "ترکیه", "ایتالیا"],
    alamat_fa=["سه روزه گلوم درد می‌کنه", "کمرم خیلی درد می‌کنه", "یه هفته‌ست بی‌خوابی دارم", "دو هفته‌ست سرفه می‌کنم"],
    insta_fa=["سفرم به شیراز", "کافه جدید محله", "تولد خواهرم", "اولین نمایشگاه عکسم"],
    ruzmare_fa=["قطعی برق امروز", "ترافیک صبح تهران", "گرونی میوه", "صف نونوایی", "سرعت اینترنت", "گرمای تابستون و کم‌آبی"],
    siasi_fa=["فیلترینگ اینترنت", "گرونی اجاره خونه", "تورم و حقوق کارگرها", "حجاب اجباری", "قطعی برق و آب", "وضعیت زندانیان سیاسی",
              "بی‌کفایتی مسئولان در مدیریت آب", "سقوط ارزش ریال"],
    delneveshte_fa=["دلتنگی برای دوستایی که مهاجرت کردن", "پاییز تهران", "مادربزرگم", "خداحافظی با خونه قدیمی"],
    kasb_fa=["کافه", "آرایشگاه", "فروشگاه لباس", "شیرینی‌فروشی", "آموزشگاه زبان"],
    mahsul_fa=["کیف چرم دست‌دوز", "شمع معطر", "عسل طبیعی", "لپ‌تاپ کارکرده"],
    shoghl_fa=["برنامه‌نویس بک‌اند", "حسابدار", "طراح گرافیک", "پرستار", "کارشناس فروش"],
    years=["2", "3", "5", "8"],
    hedie_fa=["مامانم", "همسرم", "دوستم که داره مهاجرت می‌کنه", "خواهرزاده‌م"],
    fanavari_fa=["VPN", "GPS", "پنل خورشیدی", "بلاکچین"],
    matn_fa=["شهرداری اعلام کرد که از ماه آینده دو خط جدید اتوبوس برقی در تهران راه‌اندازی می‌شود تا از آلودگی هوا کاسته شود."],
    sher_fa=["پاییز", "مادر", "دریا", "غربت"],
    ghalat_fa=["من دیروز به مدرسه میروم", "او با دوستانش رفتن بیرون", "خواهشاً این کار را انجام دهید"],
    jok_fa=["برنامه‌نویس‌ها", "ترافیک تهران", "کنکور"],
),
R = {
    "code": ["خطای «{err}» به این خاطره که اون لحظه مقدار هنوز اون چیزی نیست که انتظار داری. این‌طوری درستش کن:\n\n```\n{fix}\n```"],
    "social": ["یه پیشنهاد:\n\nامروز هم مثل هر روز... ولی یه چیزی فرق داره؛ دیگه نمی‌خوام ساکت باشم. حرفم رو محترمانه ولی واضح می‌زنم.",
               "این یکی چطوره؟\n\nبعضی روزا فقط باید نوشت تا یادمون بمونه چی گذشت. امروز یکی از همون روزا بود."],
    "email": ["با سلام و احترام،\n\nبدین‌وسیله درخواست خود را به استحضار می‌رسانم. پیشاپیش از توجه شما سپاسگزارم.\n\nبا تشکر"],
    "*": ["حتماً! این یه پیشنهاده، اگه خواستی تغییرش میدم.", "باشه، این جواب کوتاه و واضح:"],
},
F = ["کوتاه‌ترش کن", "رسمی‌تر", "یه نسخه دیگه", "مرسی", "به صورت لیست", "هنوز ارور میده", "انگلیسیش رو هم بنویس"],
FR = ["حتماً، نسخه کوتاه‌تر:", "این نسخه رسمی‌تره.", "یه نسخه دیگه:", "خواهش می‌کنم!"],
C = ["سلام", "خلاصه کن", "غلط‌گیری کن", "یه ایمیل بنویس", "یه جوک بگو"],
REF = "متأسفم، نمی‌توانم در این مورد کمک کنم.",
TR = ["این رو به {tgt} ترجمه کن: {src}", "به {tgt} چی میشه؟ {src}"],
TR_TARGETS = ["en", "en", "en", "de"],
)

AR = dict(
T = r"""
code|لماذا يعطيني كود {plang} هذا الخطأ "{err}"؟

{code}
code|عندي خطأ {err}
{code}
code|كيف أقدر {excel_ar} في إكسل؟
study|اشرح لي {subj_ar} بطريقة بسيطة
study|لخص لي {hist_ar} للامتحان
study|أعطني ١٠ أسئلة عن {subj_ar} مع الإجابات
email|اكتب رسالة رسمية إلى {ila_ar} من أجل {gharad_ar}
email|اجعل هذه الرسالة أكثر لطفًا: "لم يصلني الطلب حتى الآن"
food|ماذا أطبخ بـ{mawad_ar}؟
food|طريقة عمل {tabkha_ar} لـ{people} أشخاص
travel|خطط لي رحلة {days} أيام إلى {madina_ar}
health|عندي {aarad_ar}، هل يجب أن أذهب للطبيب؟
health|برنامج تمارين منزلية للمبتدئين
social|اكتب لي تعليقًا لصورة على إنستغرام عن {sura_ar}
social|ساعدني أكتب تغريدة عن {qadiya_ar}، رأيي الشخصي بأسلوب هادئ
biz|اكتب وصفًا لمنتج {muntaj_ar} لمتجري الإلكتروني
biz|اقترح أسماء لـ{mahal_ar}
biz|منشور إعلاني لـ{mahal_ar} بمناسبة {munasaba_ar}
job|اكتب رسالة تغطية لوظيفة {wazifa_ar}
job|حسّن سيرتي الذاتية: {cv_ar}
advice|كيف أتعامل مع زميل عمل مزعج؟
advice|ماذا أهدي {hadiya_ar}؟
info|كيف يعمل {tiqniya_ar}؟
info|لخص هذا النص: {nass_ar}
writing|صحح الأخطاء: "{khata_ar}"
writing|اكتب تهنئة بمناسبة {tahnia_ar}
fun|احكِ لي نكتة عن {nukta_ar}
""",
S = dict(
    excel_ar=["أعد الخلايا التي تحتوي كلمة معينة", "أحذف التكرارات", "أستخدم VLOOKUP", "أجمع حسب الشهر"],
    subj_ar=["المشتقات", "التمثيل الضوئي", "العرض والطلب", "قوانين نيوتن", "الاحتمالات", "الخلية"],
    hist_ar=["الدولة العباسية", "الحرب العالمية الأولى", "الثورة الصناعية", "الحرب الباردة"],
    ila_ar=["مديري", "صاحب الشقة", "أحد العملاء", "إدارة الجامعة", "الموارد البشرية"],
    gharad_ar=["طلب إجازة", "المطالبة بفاتورة متأخرة", "تأجيل موعد", "الشكر بعد المقابلة"],
    mawad_ar=["دجاج وأرز وبطاطس", "بيض وطماطم", "عدس وبصل", "لحم مفروم وباذنجان"],
    tabkha_ar=["الكبسة", "المقلوبة", "الملوخية", "الفلافل", "الكنافة", "الكشري"],
    people=["٤", "٦", "٨"],
    days=["٣", "٤", "٥"],
    madina_ar=["إسطنبول", "دبي", "القاهرة", "مراكش", "عمّان", "بيروت", "كوالالمبور"],
    aarad_ar=["ألم في الحلق منذ ثلاثة أيام", "ألم في الظهر", "أرق منذ أسبوع", "سعال جاف"],
    sura_ar=["رحلتي إلى البحر", "قهوة الصباح", "تخرجي", "عائلتي في العيد"],
    qadiya_ar=["ارتفاع الأسعار", "زحمة المرور", "البطالة بين الشباب", "انقطاع الكهرباء في الصيف", "أسعار الإيجارات"],
    muntaj_ar=["عطر عود", "عباية", "تمور فاخرة", "صابون طبيعي"],
    mahal_ar=["مقهى", "مخبز", "صالون حلاقة", "متجر ملابس"],
    munasaba_ar=["الافتتاح", "العودة إلى المدارس", "اليوم الوطني", "التخفيضات"],
    wazifa_ar=["محاسب", "مهندس برمجيات", "ممرضة", "مندوب مبيعات", "معلم"],
    cv_ar=["عملت ٣ سنوات في خدمة العملاء", "تدربت في شركة تسويق لمدة ستة أشهر"],
    hadiya_ar=["أمي", "زوجي", "صديقتي", "زميل متقاعد"],
    tiqniya_ar=["الـGPS", "الطاقة الشمسية", "الدفع عبر الهاتف", "الجيل الخامس"],
    nass_ar=["أعلنت البلدية عن افتتاح حديقة عامة جديدة في شمال المدينة تضم ملاعب للأطفال ومسارات للمشي."],
    khata_ar=["ذهبت الى المدرسه امس", "انشاء الله نلتقي", "هاذا الكتاب جميل"],
    tahnia_ar=["العيد", "الزواج", "النجاح", "المولود الجديد"],
    nukta_ar=["المبرمجين", "القطط", "الامتحانات"],
),
R = {
    "code": ["يظهر الخطأ \"{err}\" لأن القيمة في هذه اللحظة ليست كما تتوقع. جرّب هذا:\n\n```\n{fix}\n```"],
    "*": ["بالتأكيد! إليك اقتراحي، وأخبرني إذا أردت أي تعديل.", "حسنًا، إليك إجابة مختصرة وواضحة."],
},
F = ["اختصره", "بأسلوب رسمي أكثر", "نسخة أخرى", "شكرًا", "في نقاط", "ما زال الخطأ", "وبالإنجليزية؟"],
FR = ["إليك نسخة أقصر.", "إليك نسخة أكثر رسمية.", "إليك نسخة أخرى.", "عفوًا!"],
C = ["مرحبا", "لخص", "صحح النص", "اكتب رسالة", "احكِ نكتة"],
REF = "عذرًا، لا يمكنني المساعدة في ذلك.",
TR = ["ترجم إلى {tgt}: {src}", "كيف أقول هذا باللغة {tgt}؟ {src}"],
TR_TARGETS = ["en", "en", "fr"],
)

HI = dict(
T = r"""
code|मेरे {plang} कोड में "{err}" आ रहा है, क्यों?

{code}
code|ये error आ रहा है: {err}
{code}
study|{subj_hi} आसान भाषा में समझाइए
study|{hist_hi} पर परीक्षा के लिए नोट्स बना दो
study|{subj_hi} पर 10 सवाल उत्तर के साथ दो
study|"{nibandh_hi}" पर निबंध लिखो, 300 शब्दों में
email|{ko_hi} को {kaam_hi} के लिए एक औपचारिक ईमेल लिखो
email|छुट्टी के लिए प्रिंसिपल को application लिख दो
food|{saamaan_hi} से क्या बना सकते हैं?
food|{vyanjan_hi} बनाने की विधि बताइए
travel|{shahar_hi} की {days} दिन की यात्रा का प्लान बनाओ
health|मुझे {lakshan_hi}, क्या डॉक्टर को दिखाना चाहिए?
health|वज़न कम करने के लिए डाइट चार्ट बताओ, शाकाहारी
social|इंस्टाग्राम के लिए caption लिखो: {photo_hi}
social|{mudda_hi} पर मेरी राय का एक छोटा पोस्ट लिखने में मदद करो
biz|मेरी {dukaan_hi} के लिए WhatsApp पर भेजने वाला ऑफर मैसेज लिखो
biz|{dukaan_hi} के लिए नाम सुझाओ
job|{naukri_hi} की नौकरी के लिए cover letter लिखो
job|मेरा resume सुधार दो: {cv_hi}
job|इंटरव्यू में "अपने बारे में बताइए" का जवाब कैसे दूँ?
advice|घरवालों को कैसे समझाऊँ कि मैं दूसरे शहर में नौकरी करना चाहती हूँ?
advice|{uphaar_hi} के लिए गिफ्ट आइडिया
info|{takneek_hi} कैसे काम करता है?
writing|{avsar_hi} पर एक छोटी कविता लिखो
fun|{chutkula_hi} पर एक चुटकुला सुनाओ
""",
S = dict(
    subj_hi=["प्रकाश संश्लेषण", "न्यूटन के नियम", "मांग और आपूर्ति", "त्रिकोणमिति", "प्रायिकता", "कोशिका"],
    hist_hi=["1857 की क्रांति", "भारत छोड़ो आंदोलन", "मुगल साम्राज्य", "प्रथम विश्व युद्ध"],
    nibandh_hi=["पर्यावरण संरक्षण", "डिजिटल इंडिया", "मेरा प्रिय त्योहार", "बेरोज़गारी"],
    ko_hi=["मैनेजर", "मकान मालिक", "कॉलेज के प्रिंसिपल", "HR"],
    kaam_hi=["छुट्टी", "सैलरी में देरी", "मीटिंग का समय बदलने", "intership certificate"],
    saamaan_hi=["आलू, प्याज़ और टमाटर", "पनीर और शिमला मिर्च", "दाल और चावल", "बेसन और दही"],
    vyanjan_hi=["पनीर बटर मसाला", "आलू पराठा", "राजमा", "पोहा", "गाजर का हलवा", "छोले भटूरे"],
    days=["2", "3", "4"],
    shahar_hi=["जयपुर", "गोवा", "मनाली", "वाराणसी", "दुबई", "ऋषिकेश"],
    lakshan_hi=["तीन दिन से गले में दर्द है", "कमर में दर्द रहता है", "नींद नहीं आती", "खांसी दो हफ्ते से है"],
    photo_hi=["दिवाली की तैयारी", "पहाड़ों की यात्रा", "मेरा ग्रेजुएशन", "माँ के हाथ का खाना"],
    mudda_hi=["पेट्रोल की कीमत", "शहर में ट्रैफिक", "परीक्षा पेपर लीक", "बारिश में जलभराव"],
    dukaan_hi=["कपड़ों की दुकान", "मिठाई की दुकान", "मोबाइल शॉप", "ब्यूटी पार्लर"],
    naukri_hi=["डेटा एंट्री", "सॉफ्टवेयर डेवलपर", "शिक्षक", "सेल्स एग्ज़ीक्यूटिव"],
    cv_hi=["2 साल कॉल सेंटर में काम किया", "B.Com किया है और Tally आता है"],
    uphaar_hi=["पापा", "बहन की शादी", "दोस्त का जन्मदिन"],
    takneek_hi=["UPI", "GPS", "सोलर पैनल", "5G"],
    avsar_hi=["माँ", "बारिश", "दोस्ती", "दिवाली"],
    chutkula_hi=["पति-पत्नी", "टीचर", "इंजीनियर"],
),
R = {
    "code": ["\"{err}\" इसलिए आता है क्योंकि उस जगह पर value वैसी नहीं है जैसी आप उम्मीद कर रहे हैं। ऐसे ठीक करें:\n\n```\n{fix}\n```"],
    "*": ["ज़रूर! यह रहा मेरा सुझाव, बदलाव चाहिए तो बताइए।", "ठीक है, यह रहा आसान जवाब।"],
},
F = ["छोटा करो", "थोड़ा formal", "दूसरा version", "धन्यवाद", "points में", "अभी भी error है", "English में भी"],
FR = ["यह रहा छोटा version.", "यह रहा formal version.", "यह रहा दूसरा version.", "आपका स्वागत है!"],
C = ["नमस्ते", "summary बना दो", "grammar ठीक करो", "email लिखो"],
REF = "माफ़ कीजिए, मैं इसमें मदद नहीं कर सकता।",
TR = ["{tgt} में translate करो: {src}", "इसे {tgt} में कैसे कहेंगे? {src}"],
TR_TARGETS = ["en", "en"],
)

TR = dict(
T = r"""
code|Bu {plang} kodu neden "{err}" hatası veriyor?

{code}
code|{err} hatası alıyorum
{code}
code|Excel'de {excel_tr} nasıl yapılır?
study|{subj_tr} konusunu basitçe anlatır mısın?
study|Sınav için {hist_tr} özetle
study|{subj_tr} hakkında cevaplı 10 soru hazırla
study|"{makale_tr}" konulu ödevim için taslak çıkar
email|{kime_tr} {neden_tr} için resmi bir e-posta yaz
email|Bu mesajı daha kibar yap: "siparişim hâlâ gelmedi"
food|Evde {malzeme_tr} var, ne yapabilirim?
food|{people} kişilik {yemek_tr} tarifi
travel|{sehir_tr} için {days} günlük gezi planı yap
health|{belirti_tr}, doktora gitmeli miyim?
health|Evde yapabileceğim basit bir egzersiz programı
social|Instagram için açıklama yaz: {foto_tr}
social|{gundem_tr} hakkında kendi fikrimi paylaşmak istiyorum, sakin bir tweet yaz
biz|{urun_tr} için Trendyol ürün açıklaması yaz
biz|{dukkan_tr} için isim önerileri
job|{meslek_tr} pozisyonu için ön yazı yaz
job|CV'mi düzelt: {cv_tr}
advice|Ev arkadaşımla temizlik konusunda nasıl konuşurum?
advice|{hediye_tr} için hediye fikri
info|{teknoloji_tr} nasıl çalışır?
writing|Yazım hatalarını düzelt: "{hata_tr}"
fun|{fikra_tr} ile ilgili bir fıkra anlat
""",
S = dict(
    excel_tr=["belirli bir kelime geçen hücreleri saymak", "yinelenenleri kaldırmak", "DÜŞEYARA kullanmak", "aylara göre toplamak"],
    subj_tr=["türev", "fotosentez", "arz ve talep", "Newton'un hareket yasaları", "olasılık", "hücre bölünmesi"],
    hist_tr=["Kurtuluş Savaşı'nı", "Tanzimat dönemini", "Birinci Dünya Savaşı'nı", "Sanayi Devrimi'ni"],
    makale_tr=["sosyal medya bağımlılığı", "yenilenebilir enerji", "uzaktan eğitim", "deprem hazırlığı"],
    kime_tr=["müdürüme", "ev sahibime", "bir müşteriye", "hocama", "insan kaynaklarına"],
    neden_tr=["izin talebi", "geciken ödeme", "toplantı erteleme", "mülakat sonrası teşekkür"],
    malzeme_tr=["patates, yumurta ve soğan", "tavuk ve pirinç", "mercimek ve havuç", "kıyma ve patlıcan"],
    yemek_tr=["karnıyarık", "mercimek çorbası", "menemen", "mantı", "sütlaç", "kuru fasulye"],
    people=["2", "4", "6"],
    days=["2", "3", "4"],
    sehir_tr=["Kapadokya", "İzmir", "Trabzon", "Antalya", "Roma", "Tiflis", "Bakü"],
    belirti_tr=["Üç gündür boğazım ağrıyor", "Belim çok ağrıyor", "Bir haftadır uyuyamıyorum", "İki haftadır öksürüyorum"],
    foto_tr=["Ege tatilim", "kedim", "mezuniyetim", "sabah kahvaltısı"],
    gundem_tr=["kira artışları", "asgari ücret", "trafik", "deprem konutları", "üniversite harçları"],
    urun_tr=["el yapımı sabun", "deri cüzdan", "organik bal", "örgü hırka"],
    dukkan_tr=["kafe", "pastane", "berber", "çiçekçi"],
    meslek_tr=["yazılım geliştirici", "muhasebe", "hemşire", "satış temsilcisi", "öğretmen"],
    cv_tr=["2 yıl çağrı merkezi, 1 yıl kasiyer", "6 ay pazarlama stajı yaptım"],
    hediye_tr=["annem", "sevgilim", "emekli olan iş arkadaşım"],
    teknoloji_tr=["GPS", "güneş paneli", "temassız ödeme", "elektrikli araç bataryası"],
    hata_tr=["yarın okula gidicem", "herkez geldi", "birşey söylemek istiyorum"],
    fikra_tr=["Temel", "Nasreddin Hoca", "yazılımcılar"],
),
R = {
    "code": ["\"{err}\" hatası, o noktada değerin beklediğin gibi olmamasından kaynaklanıyor. Şöyle dene:\n\n```\n{fix}\n```"],
    "*": ["Tabii! İşte önerim, değiştirmek istediğin bir şey olursa söyle.", "Tamam, kısa ve net bir cevap:"],
},
F = ["daha kısa", "daha resmi", "başka bir versiyon", "teşekkürler", "madde madde", "hâlâ hata veriyor", "İngilizcesi?"],
FR = ["İşte daha kısa hali.", "Daha resmi bir versiyon.", "Başka bir versiyon.", "Rica ederim!"],
C = ["merhaba", "özetle", "düzelt", "e-posta yaz", "fıkra anlat"],
REF = "Üzgünüm, bu konuda yardımcı olamam.",
TR = ["{tgt} çevir: {src}", "Bunu {tgt} nasıl çeviririm? {src}"],
TR_TARGETS = ["en", "en", "de"],
)

ID = dict(
T = r"""
code|Kenapa kode {plang} ini error "{err}"?

{code}
code|muncul error {err}, tolong bantu
{code}
code|Gimana cara {excel_id} di Excel?
study|Jelaskan {subj_id} dengan bahasa sederhana
study|Buatkan ringkasan {hist_id} untuk ujian
study|Buatkan 10 soal pilihan ganda tentang {subj_id} beserta jawabannya
study|Bantu buat kerangka skripsi tentang {skripsi_id}
email|Tulis email ke {ke_id} untuk {untuk_id}, bahasa formal
email|Buat pesan ini lebih sopan: "paket saya kok belum sampai juga"
food|Punya {bahan_id}, bisa masak apa?
food|Resep {masakan_id} untuk {people} orang
travel|Buatkan itinerary {days} hari di {kota_id}
health|Saya {gejala_id}, perlu ke dokter?
health|Jadwal olahraga di rumah untuk pemula
social|Buatkan caption Instagram tentang {foto_id}
social|Bantu saya menulis postingan tentang {isu_id}, pendapat pribadi tapi sopan
biz|Tulis deskripsi produk {produk_id} untuk Tokopedia
biz|Ide nama untuk {usaha_id}
biz|Caption promo untuk {usaha_id}: {promo_id}
job|Buatkan surat lamaran kerja posisi {posisi_id}
job|Perbaiki CV saya: {cv_id}
advice|Bagaimana cara menolak ajakan teman tanpa menyinggung?
advice|Ide hadiah untuk {hadiah_id}
info|Bagaimana cara kerja {teknologi_id}?
writing|Perbaiki kalimat ini: "{salah_id}"
fun|Ceritakan lelucon tentang {lelucon_id}
""",
S = dict(
    excel_id=["menghitung sel yang berisi kata tertentu", "menghapus data duplikat", "pakai VLOOKUP", "menjumlah per bulan"],
    subj_id=["turunan", "fotosintesis", "permintaan dan penawaran", "hukum Newton", "peluang", "pembelahan sel"],
    hist_id=["Proklamasi Kemerdekaan", "Perang Dunia I", "Revolusi Industri", "masa Reformasi 1998"],
    skripsi_id=["pengaruh media sosial terhadap UMKM", "kualitas layanan transportasi online", "literasi keuangan mahasiswa"],
    ke_id=["atasan", "pemilik kos", "klien", "dosen pembimbing", "HRD"],
    untuk_id=["izin tidak masuk kerja", "menagih pembayaran", "mengubah jadwal rapat", "berterima kasih setelah wawancara"],
    bahan_id=["telur, tahu dan tempe", "ayam dan kentang", "mi instan dan sayur", "ikan dan tomat"],
    masakan_id=["nasi goreng", "rendang", "soto ayam", "gado-gado", "martabak manis", "sayur asem"],
    people=["2", "4", "6"],
    days=["2", "3", "4"],
    kota_id=["Yogyakarta", "Bali", "Bandung", "Labuan Bajo", "Singapura", "Kuala Lumpur", "Malang"],
    gejala_id=["sakit tenggorokan tiga hari", "sakit punggung", "susah tidur seminggu", "batuk dua minggu"],
    foto_id=["liburan ke pantai", "kucing saya", "wisuda", "makan bareng keluarga"],
    isu_id=["harga beras naik", "macet di Jakarta", "biaya kuliah", "banjir di kampung saya"],
    produk_id=["kaos sablon", "keripik singkong", "tas rajut", "kopi bubuk"],
    usaha_id=["warung kopi", "toko kue", "laundry", "toko baju online"],
    promo_id=["diskon akhir bulan", "pembukaan cabang baru", "gratis ongkir"],
    posisi_id=["admin", "staf akuntansi", "programmer", "guru", "customer service"],
    cv_id=["2 tahun kerja jadi kasir minimarket", "magang 6 bulan di bank"],
    hadiah_id=["ibu", "pacar", "teman yang menikah"],
    teknologi_id=["QRIS", "GPS", "panel surya", "mobil listrik"],
    salah_id=["saya sudah makan nasi tadi pagi kemarin", "dia pergi kepasar", "mereka di undang ke acara"],
    lelucon_id=["mahasiswa", "kucing", "programmer"],
),
R = {
    "code": ["Error \"{err}\" muncul karena pada titik itu nilainya belum sesuai yang kamu harapkan. Coba seperti ini:\n\n```\n{fix}\n```"],
    "*": ["Tentu! Ini saran saya, kabari kalau mau diubah.", "Baik, ini jawaban singkatnya."],
},
F = ["lebih singkat", "lebih formal", "versi lain", "makasih", "dalam poin-poin", "masih error", "versi bahasa Inggris?"],
FR = ["Ini versi yang lebih singkat.", "Ini versi yang lebih formal.", "Ini versi lainnya.", "Sama-sama!"],
C = ["halo", "ringkas", "perbaiki", "tulis email", "ceritakan lelucon"],
REF = "Maaf, saya tidak bisa membantu dengan permintaan itu.",
TR = ["Terjemahkan ke {tgt}: {src}", "Bagaimana bilang ini dalam {tgt}? {src}"],
TR_TARGETS = ["en", "en", "ja"],
)
