"""Fragments for ordinary users in other languages."""

L = {}

L["es"] = {
 "tasks": ["Escríbeme un correo para mi jefe pidiendo el {dia} libre, es para {motivo}",
  "¿Me explicas qué es {tema} de forma sencilla?",
  "Dame una receta de {plato} para {n} personas, sin horno",
  "Necesito un itinerario de {n} días en {ciudad}, viajamos con niños",
  "corrige la ortografía de este texto: {texto}",
  "hazme un post para instagram de mi {negocio}, algo alegre con emojis",
  "cómo le digo a mi casero que {casero} sin sonar grosero",
  "resume este párrafo en dos frases: {texto}",
  "mi hijo tiene tarea de {escuela}, ¿me ayudas a explicárselo?",
  "quiero mejorar mi CV, trabajo de {trabajo} hace {n} años. ¿qué pongo en el perfil?",
  "traduce al inglés: \"{frase}\"",
  "ideas de regalo para mi {pariente} que le gusta {gusto}",
  "¿qué diferencia hay entre {c1} y {c2}?",
  "escribe un mensaje de cumpleaños para mi {pariente}, que sea emotivo pero corto"],
 "slots": {"dia": ["viernes", "lunes", "15 de octubre", "jueves por la tarde"], "motivo": ["una cita médica", "la boda de mi prima", "una mudanza", "un trámite en el banco"],
  "tema": ["la inflación", "la fotosíntesis", "el IVA", "una hipoteca variable", "la inteligencia artificial"], "plato": ["tortilla de patatas", "arroz con pollo", "ceviche", "lentejas", "tacos al pastor", "empanadas"],
  "n": ["2", "3", "4", "5", "6"], "ciudad": ["Roma", "Barcelona", "Ciudad de México", "Cusco", "Lisboa", "Buenos Aires"],
  "texto": ["ayer fuimos a la reunion pero no abia nadie y tubimos que esperar mucho rato", "Los resultados del trimestre fueron mejores de lo esperado, aunque las ventas online bajaron un poco respecto al año pasado.", "hola a todos, el martes no hay clase porque la profe esta enferma, se recupera el jueves"],
  "negocio": ["panadería", "peluquería", "tienda de ropa", "cafetería", "taller de bicis"], "casero": ["la caldera no funciona", "quiero pagar el alquiler más tarde este mes", "hay humedad en el baño"],
  "escuela": ["fracciones", "los verbos irregulares", "el ciclo del agua", "la Revolución Francesa"], "trabajo": ["administrativo", "enfermera", "programador", "camarero", "profesora"],
  "frase": ["¿a qué hora sale el próximo tren?", "gracias por todo, nos vemos pronto", "tengo una reserva a nombre de García"], "pariente": ["madre", "abuelo", "hermana", "novio", "mejor amiga"],
  "gusto": ["la jardinería", "el fútbol", "leer novelas", "cocinar"], "c1": ["virus", "ser", "un autónomo"], "c2": ["bacteria", "estar", "una sociedad limitada"]},
 "resp": ["¡Claro! Aquí tienes una propuesta:", "Por supuesto. Te lo explico:", "Aquí tienes algunas ideas:", "Buena pregunta."],
 "followups": ["más corto por favor", "gracias!! ahora más formal", "perfecto", "¿puedes añadir otra opción?", "en tono más cercano"]}

L["fr"] = {
 "tasks": ["Rédige un mail à mon propriétaire pour signaler {panne}", "Explique-moi {sujet} simplement",
  "recette de {plat} pour {n} personnes, facile", "Peux-tu corriger ce texte ? {texte}",
  "idées de sortie à {ville} ce week-end avec des enfants", "écris une lettre de motivation pour un poste de {metier}",
  "comment dire poliment à un collègue qu'il {collegue}", "fais-moi un résumé de ce paragraphe : {texte}",
  "traduis en anglais : « {phrase} »", "quelle est la différence entre {a} et {b} ?",
  "aide-moi à préparer un entretien pour un stage en {domaine}"],
 "slots": {"panne": ["une fuite sous l'évier", "le chauffage en panne", "des moisissures dans la salle de bain"], "sujet": ["l'inflation", "la photosynthèse", "le prélèvement à la source", "les taux d'intérêt"],
  "plat": ["blanquette de veau", "quiche lorraine", "ratatouille", "crêpes", "gratin dauphinois"], "n": ["2", "4", "6", "8"], "ville": ["Lyon", "Bordeaux", "Lille", "Marseille", "Nantes"],
  "texte": ["je voudrai savoir si il est possible de décaler le rendez vous a la semaine prochaine car je suis pas disponible", "Le conseil municipal a voté hier soir le nouveau plan de circulation, qui entrera en vigueur au printemps."],
  "metier": ["assistante comptable", "développeur web", "infirmier", "chargé de communication"], "collegue": ["parle trop fort au téléphone", "prend toujours ma place de parking", "arrive en retard aux réunions"],
  "phrase": ["je suis désolé pour le retard", "pouvez-vous m'envoyer la facture ?"], "a": ["SAS", "climat", "un virus"], "b": ["SARL", "météo", "une bactérie"], "domaine": ["marketing", "finance", "logistique"]},
 "resp": ["Bien sûr ! Voici une proposition :", "Voici une explication simple :", "Avec plaisir :"],
 "followups": ["plus court stp", "merci, plus formel", "parfait merci", "tu peux ajouter un exemple ?"]}

L["de"] = {
 "tasks": ["Schreib eine E-Mail an meinen Vermieter wegen {mangel}", "Erklär mir {thema} einfach",
  "Rezept für {gericht}, für {n} Personen", "Kannst du diesen Text korrigieren? {text}",
  "Ich brauche eine Bewerbung als {beruf}, {n} Jahre Erfahrung", "Was ist der Unterschied zwischen {a} und {b}?",
  "Plan für ein Wochenende in {stadt} mit wenig Geld", "wie formuliere ich eine Kündigung für {vertrag}?",
  "Fasse diesen Absatz zusammen: {text}", "übersetze ins Englische: „{satz}“", "Geschenkideen für meinen {verw}, der gern {hobby}"],
 "slots": {"mangel": ["Schimmel im Bad", "die kaputte Heizung", "den tropfenden Wasserhahn"], "thema": ["die Steuererklärung", "Inflation", "Photosynthese", "ETFs"],
  "gericht": ["Käsespätzle", "Gulasch", "Apfelstrudel", "Linsensuppe"], "n": ["2", "3", "4", "6"], "text": ["wir haben gestern das meeting verschoben weil der kunde nicht kommen konnte, neuer termin ist noch offen", "Die Bahn hat heute angekündigt, dass der Fahrplan ab Dezember geändert wird."],
  "beruf": ["Erzieherin", "Softwareentwickler", "Pflegefachkraft", "Sachbearbeiter"], "a": ["GmbH", "Brutto", "Mahnung"], "b": ["UG", "Netto", "Rechnung"], "stadt": ["Hamburg", "Leipzig", "Köln", "Wien"],
  "vertrag": ["meinen Handyvertrag", "das Fitnessstudio", "meine Wohnung"], "satz": ["Ich komme etwas später", "Vielen Dank für die Einladung"], "verw": ["Vater", "Bruder", "Opa"], "hobby": ["wandert", "grillt", "Modelleisenbahn baut"]},
 "resp": ["Klar! Hier ist ein Vorschlag:", "Gerne. Kurz erklärt:", "Hier sind ein paar Ideen:"],
 "followups": ["kürzer bitte", "danke, etwas förmlicher", "super danke", "noch eine Variante?"]}

L["pt"] = {
 "tasks": ["Escreve um e-mail pro meu chefe pedindo {pedido}", "me explica {tema} de um jeito simples",
  "receita de {prato} pra {n} pessoas", "corrige esse texto pra mim: {texto}", "legenda pro instagram da minha {loja}",
  "roteiro de {n} dias em {cidade}", "como melhorar meu currículo de {prof}?", "traduz pro inglês: \"{frase}\"",
  "qual a diferença entre {a} e {b}?", "me ajuda a responder um cliente que reclamou do atraso na entrega"],
 "slots": {"pedido": ["folga na sexta", "um aumento", "home office dois dias por semana"], "tema": ["o Pix", "juros compostos", "a inflação", "o imposto de renda"],
  "prato": ["feijoada", "bolo de cenoura", "moqueca", "pão de queijo", "escondidinho"], "n": ["2", "4", "5", "8"], "texto": ["a gente vai fazer a reunião amanha as 10 mais se alguem nao pode avisa ai", "O relatório mostra crescimento de 12% nas vendas, principalmente no Nordeste."],
  "loja": ["loja de roupas", "confeitaria", "barbearia", "pet shop"], "cidade": ["Salvador", "Lisboa", "Florianópolis", "Rio de Janeiro"], "prof": ["vendedor", "analista de dados", "professora", "enfermeiro"],
  "frase": ["obrigado pela paciência", "pode me mandar o boleto?"], "a": ["MEI", "CDB"], "b": ["ME", "Tesouro Direto"]},
 "resp": ["Claro! Aqui vai uma sugestão:", "Com certeza. Explicando:", "Aqui estão algumas ideias:"],
 "followups": ["mais curto", "valeu! agora mais formal", "perfeito", "tem outra opção?"]}

L["it"] = {
 "tasks": ["Scrivi una mail al mio capo per chiedere {cosa}", "spiegami {tema} in modo semplice", "ricetta della {piatto} per {n} persone",
  "correggi questo testo: {testo}", "itinerario di {n} giorni a {citta}", "come scrivo una lettera di presentazione per {lavoro}?", "traduci in inglese: \"{frase}\""],
 "slots": {"cosa": ["un giorno di ferie", "lo smart working", "un aumento"], "tema": ["l'inflazione", "il mutuo a tasso fisso", "la fotosintesi"], "piatto": ["carbonara", "parmigiana", "pizza in teglia", "torta di mele"],
  "n": ["2", "4", "6"], "testo": ["domani la riunione e spostata alle 11 perche il cliente a chiesto di posticipare"], "citta": ["Napoli", "Firenze", "Parigi", "Torino"], "lavoro": ["un posto da cameriere", "una posizione da sviluppatore", "un tirocinio"], "frase": ["scusa il ritardo", "grazie mille per l'aiuto"]},
 "resp": ["Certo! Ecco una proposta:", "Ecco una spiegazione semplice:"], "followups": ["più breve", "grazie!", "più formale per favore"]}

L["nl"] = {
 "tasks": ["Schrijf een mail aan mijn huisbaas over {probleem}", "leg {onderwerp} simpel uit", "recept voor {gerecht}", "verbeter deze tekst: {tekst}", "sollicitatiebrief voor {baan}", "wat kan ik een weekend doen in {stad}?"],
 "slots": {"probleem": ["de lekkende kraan", "schimmel in de badkamer", "de kapotte cv-ketel"], "onderwerp": ["hypotheekrente", "inflatie", "de belastingaangifte"], "gerecht": ["stamppot", "appeltaart", "erwtensoep"],
  "tekst": ["morgen is de vergadering verplaats naar 14 uur want de klant kan niet eerder"], "baan": ["verpleegkundige", "junior developer", "administratief medewerker"], "stad": ["Utrecht", "Gent", "Maastricht"]},
 "resp": ["Natuurlijk! Hier is een voorstel:", "Kort uitgelegd:"], "followups": ["korter graag", "dank je!"]}

L["pl"] = {
 "tasks": ["Napisz maila do szefa z prośbą o {prosba}", "wytłumacz mi {temat} prosto", "przepis na {danie}", "popraw ten tekst: {tekst}", "list motywacyjny na stanowisko {stan}", "plan wycieczki do {miasto} na {n} dni"],
 "slots": {"prosba": ["urlop w piątek", "podwyżkę", "pracę zdalną"], "temat": ["inflację", "kredyt hipoteczny", "fotosyntezę"], "danie": ["pierogi ruskie", "żurek", "sernik", "bigos"],
  "tekst": ["jutro zebranie jest przeniesione na 12 bo klient nie moze wczesniej"], "stan": ["księgowej", "programisty", "kierowcy"], "miasto": ["Krakowa", "Gdańska", "Pragi"], "n": ["2", "3", "4"]},
 "resp": ["Jasne! Oto propozycja:", "Już tłumaczę:"], "followups": ["krócej proszę", "dzięki!"]}

L["ru"] = {
 "tasks": ["Напиши письмо начальнику с просьбой {prosba}", "объясни простыми словами, что такое {tema}", "рецепт {blyudo} на {n} человек",
  "исправь ошибки в тексте: {tekst}", "составь план поездки в {gorod} на {n} дня", "помоги написать резюме, я {prof}, опыт {n} лет",
  "чем отличается {a} от {b}?", "придумай поздравление с днём рождения для {kogo}", "переведи на английский: «{fraza}»",
  "как вежливо отказать {komu}", "сделай краткий пересказ: {tekst}", "почему ноутбук {problema}?"],
 "slots": {"prosba": ["дать отгул в пятницу", "перенести отпуск", "разрешить удалённую работу"], "tema": ["инфляция", "ипотека", "фотосинтез", "налоговый вычет", "нейросеть"],
  "blyudo": ["борща", "сырников", "плова", "пельменей", "оливье"], "n": ["2", "3", "4", "5"], "tekst": ["завтра совещание перенесли на 15:00 так как клиент не успевает, просьба всем подтвердить", "вчера мы ходили в театр и нам очень понравилось хотя места были не очень"],
  "gorod": ["Казань", "Санкт-Петербург", "Калининград", "Стамбул", "Ереван"], "prof": ["бухгалтер", "инженер-проектировщик", "менеджер по продажам", "учитель математики"],
  "a": ["ИП", "вирус", "дебетовая карта"], "b": ["самозанятость", "бактерия", "кредитная карта"], "kogo": ["мамы", "коллеги", "лучшего друга", "бабушки"],
  "fraza": ["спасибо за быстрый ответ", "я опоздаю на десять минут"], "komu": ["коллеге, который просит подменить", "другу, который просит в долг"], "problema": ["сильно греется", "медленно загружается", "не видит wi-fi"]},
 "resp": ["Конечно! Вот вариант:", "Объясняю просто:", "Вот несколько идей:"],
 "followups": ["покороче", "спасибо, а можно официальнее?", "отлично", "добавь ещё вариант"]}

L["uk"] = {
 "tasks": ["Напиши лист керівнику з проханням {prohannya}", "поясни простими словами {tema}", "рецепт {strava}", "виправ помилки в тексті: {tekst}", "допоможи скласти резюме, я {prof}", "переклади англійською: «{fraza}»"],
 "slots": {"prohannya": ["про відгул у п'ятницю", "про віддалену роботу"], "tema": ["що таке інфляція", "як працює депозит", "фотосинтез"], "strava": ["борщу", "вареників з картоплею", "сирників"],
  "tekst": ["завтра нарада перенесена на 14:00 бо клієнт не встигає"], "prof": ["бухгалтерка", "розробник", "вчителька"], "fraza": ["дякую за допомогу", "я трохи запізнюсь"]},
 "resp": ["Звісно! Ось варіант:", "Пояснюю:"], "followups": ["коротше", "дякую!"]}

L["zh"] = {
 "tasks": ["帮我写一封邮件给领导，申请{qingjia}", "用简单的话解释一下{zhuti}", "{cai}怎么做？家里有{shicai}", "帮我润色一下这段话：{wenben}",
  "去{chengshi}玩{n}天，帮我做个攻略，预算不多", "帮我写一段小红书文案，主题是{xhs}", "{a}和{b}有什么区别？", "帮我改一下简历里的自我评价，我是做{zhiye}的，工作{n}年了",
  "把这句话翻译成英文：“{juzi}”", "孩子的作业，{zuoye}，怎么讲给他听？", "总结一下这段内容：{wenben}", "帮我写个周报，本周主要做了{zhoubao}",
  "给我妈妈写一段生日祝福，温馨一点", "Excel里怎么{excel}？"],
 "slots": {"qingjia": ["周五请一天假", "调休两天", "居家办公一周"], "zhuti": ["通货膨胀", "光合作用", "房贷利率", "个人所得税专项扣除", "大语言模型"],
  "cai": ["红烧肉", "西红柿炒鸡蛋", "麻婆豆腐", "可乐鸡翅", "酸菜鱼"], "shicai": ["鸡蛋、西红柿、葱", "豆腐、肉末", "鸡翅和可乐"],
  "wenben": ["由于客户那边需求有变化，原定周三的评审会改到下周一，请大家相互转告", "这次活动整体效果还可以，但是报名人数比预期少了三成，后续需要加强宣传", "我们公司成立于2015年，主要从事跨境电商物流服务"],
  "chengshi": ["成都", "西安", "厦门", "大理", "东京", "青岛"], "n": ["2", "3", "4", "5"], "xhs": ["周末露营", "新开的咖啡店", "秋天穿搭", "减脂餐"],
  "a": ["社保", "年化收益率", "病毒"], "b": ["商业保险", "收益率", "细菌"], "zhiye": ["会计", "产品经理", "前端开发", "人力资源", "销售"],
  "juzi": ["感谢您的耐心等待", "请问明天下午有空开会吗", "我们会尽快给您答复"], "zuoye": ["分数的加减法", "古诗《静夜思》", "鸡兔同笼"],
  "zhoubao": ["完成了需求评审和两个接口联调", "跟进客户回款，整理了季度数据", "招聘面试了五个候选人"], "excel": ["按月份汇总数据", "去掉重复项", "把两列合并"]},
 "resp": ["好的，下面是一个参考版本：", "没问题，简单来说：", "可以参考以下思路："],
 "followups": ["再简短一点", "语气再正式一些", "好的谢谢", "再给一个版本", "能不能更口语化"]}

L["ja"] = {
 "tasks": ["上司に{yasumi}をお願いするメールを書いてください", "{teema}をわかりやすく説明して", "{ryouri}のレシピを教えて。{n}人分",
  "この文章を自然な日本語に直してください：{bun}", "{toshi}で{n}日間の旅行プランを作って", "履歴書の自己PRを考えてほしい。{shigoto}を{n}年やってます",
  "英語に翻訳して：「{fureezu}」", "{a}と{b}の違いは？", "子どもの宿題で{shukudai}がわからないと言われた、どう教えればいい？"],
 "slots": {"yasumi": ["金曜日の有給", "来週の在宅勤務", "半休"], "teema": ["インフレ", "光合成", "ふるさと納税", "NISA"], "ryouri": ["肉じゃが", "親子丼", "カレー", "唐揚げ"],
  "n": ["2", "3", "4"], "bun": ["明日の会議は先方の都合により15時からに変更になりましたのでよろしくお願いします", "先日はありがとうございました、また機会があれば宜しくです"],
  "toshi": ["京都", "札幌", "台北", "ソウル", "福岡"], "shigoto": ["営業", "経理", "看護師", "エンジニア"], "fureezu": ["ご確認のほどよろしくお願いいたします", "少し遅れます"],
  "a": ["iDeCo", "ウイルス"], "b": ["NISA", "細菌"], "shukudai": ["分数の割り算", "漢字の書き順", "天気の変化"]},
 "resp": ["もちろんです。以下は例です：", "わかりやすく説明しますね。", "いくつか案を挙げます："], "followups": ["もう少し短く", "ありがとう！", "もっとカジュアルに"]}

L["ko"] = {
 "tasks": ["팀장님께 {hyuga} 요청하는 메일 써줘", "{juje} 쉽게 설명해줘", "{yori} 레시피 알려줘, {n}인분", "이 글 맞춤법 좀 봐줘: {geul}",
  "{dosi} {n}박 여행 일정 짜줘", "자기소개서 첫 문단 다듬어줘. {jikup} 지원이야", "영어로 번역해줘: \"{munjang}\"", "{a}랑 {b} 차이가 뭐야?", "엄마 생신 축하 문자 따뜻하게 써줘"],
 "slots": {"hyuga": ["금요일 연차", "반차", "재택근무"], "juje": ["인플레이션", "광합성", "청약", "연말정산"], "yori": ["김치찌개", "떡볶이", "제육볶음", "된장찌개"], "n": ["2", "3", "4"],
  "geul": ["내일 회의는 거래처 사정으로 오후 3시로 변경되었으니 참고 부탁드립니다", "어제 보내주신 자료 잘 받앗습니다 검토후 연락 드릴께요"], "dosi": ["부산", "제주", "도쿄", "오사카", "강릉"],
  "jikup": ["마케팅", "백엔드 개발", "간호사", "회계"], "munjang": ["확인 부탁드립니다", "조금 늦을 것 같아요"], "a": ["전세", "적금"], "b": ["월세", "예금"]},
 "resp": ["네, 이렇게 써 보시면 어떨까요:", "쉽게 설명드릴게요.", "몇 가지 아이디어입니다:"], "followups": ["더 짧게", "고마워!", "좀 더 공손하게"]}

L["ar"] = {
 "tasks": ["اكتب لي رسالة لمديري أطلب فيها {talab}", "اشرح لي {mawdu} بطريقة بسيطة", "وصفة {tabkha} لـ{n} أشخاص", "صحح هذا النص: {nass}",
  "خطة رحلة إلى {madina} لمدة {n} أيام", "ساعدني في كتابة سيرة ذاتية، أنا {mihna}", "ترجم إلى الإنجليزية: \"{jumla}\"", "ما الفرق بين {a} و{b}؟", "اكتب تهنئة بمناسبة {munasaba}"],
 "slots": {"talab": ["إجازة يوم الخميس", "العمل من المنزل", "زيادة في الراتب"], "mawdu": ["التضخم", "البناء الضوئي", "الفائدة المركبة"], "tabkha": ["الكبسة", "المقلوبة", "الكشري", "الفلافل"], "n": ["3", "4", "6"],
  "nass": ["الاجتماع غدا تم تاجيله الى الساعة الثانية بسبب ظروف العميل"], "madina": ["إسطنبول", "دبي", "القاهرة", "مراكش"], "mihna": ["محاسب", "مهندسة برمجيات", "معلم"], "jumla": ["شكرا على مساعدتك", "سأتأخر قليلا"],
  "a": ["الفيروس", "الطقس"], "b": ["البكتيريا", "المناخ"], "munasaba": ["عيد ميلاد أختي", "نجاح صديقي", "زواج ابن عمي"]},
 "resp": ["بالتأكيد! إليك اقتراح:", "سأشرح لك ببساطة:"], "followups": ["أقصر من فضلك", "شكرا جزيلا", "بأسلوب رسمي أكثر"]}

L["fa"] = {
 "tasks": ["یک ایمیل برای مدیرم بنویس که {darkhast}", "{mozu} را ساده توضیح بده", "دستور پخت {ghaza} برای {n} نفر", "این متن را ویرایش کن: {matn}",
  "برای سفر {n} روزه به {shahr} برنامه بریز", "رزومه‌ام را بهتر کن، من {shoghl} هستم", "به انگلیسی ترجمه کن: «{jomle}»", "فرق {a} با {b} چیست؟", "برای تولد {kas} یک پیام قشنگ بنویس"],
 "slots": {"darkhast": ["پنجشنبه مرخصی می‌خواهم", "دورکاری دو روز در هفته", "جلسه را عقب بیندازیم"], "mozu": ["تورم", "فتوسنتز", "سود مرکب", "هوش مصنوعی"], "ghaza": ["قورمه سبزی", "کشک بادمجان", "ته‌چین", "آش رشته"],
  "n": ["2", "3", "4", "5"], "matn": ["جلسه فردا به خاطر مشکل مشتری به ساعت ۱۴ موکول شد لطفا هماهنگ کنید", "دیروز با دوستام رفتیم کوه خیلی خوش گذشت ولی هوا سرد بود"], "shahr": ["اصفهان", "شیراز", "استانبول", "تبریز"],
  "shoghl": ["حسابدار", "برنامه‌نویس", "معلم ریاضی", "پرستار"], "jomle": ["ممنون از صبر شما", "کمی دیر می‌رسم"], "a": ["ویروس", "سهام"], "b": ["باکتری", "اوراق"], "kas": ["مادرم", "همسرم", "دوستم"]},
 "resp": ["حتماً! این یک پیشنهاد است:", "به زبان ساده:"], "followups": ["کوتاه‌تر لطفا", "ممنون", "رسمی‌تر بنویس"]}

L["tr"] = {
 "tasks": ["Müdürüme {istek} için bir e-posta yaz", "{konu} basitçe anlatır mısın", "{yemek} tarifi, {n} kişilik", "bu metni düzelt: {metin}", "{sehir} için {n} günlük gezi planı", "özgeçmişimi iyileştir, {meslek} olarak çalışıyorum", "İngilizceye çevir: \"{cumle}\""],
 "slots": {"istek": ["cuma izin", "evden çalışma", "zam talebi"], "konu": ["enflasyonu", "fotosentezi", "kredi kartı faizini"], "yemek": ["mercimek çorbası", "karnıyarık", "menemen", "mantı"], "n": ["2", "3", "4"],
  "metin": ["yarınki toplantı müşteri yüzünden saat 3e ertelendi herkes haberdar olsun"], "sehir": ["Kapadokya", "İzmir", "Roma"], "meslek": ["muhasebeci", "yazılımcı", "öğretmen"], "cumle": ["yardımınız için teşekkürler", "biraz gecikeceğim"]},
 "resp": ["Tabii! İşte bir öneri:", "Kısaca anlatayım:"], "followups": ["daha kısa", "teşekkürler"]}

L["hi"] = {
 "tasks": ["मेरे मैनेजर को {chutti} के लिए ईमेल लिखो", "{vishay} आसान भाषा में समझाओ", "{khana} की रेसिपी बताओ", "इस पैराग्राफ को सुधारो: {paath}", "{shahar} में {n} दिन घूमने का प्लान बनाओ", "mera resume improve karo, main {kaam} hoon", "isko english me translate karo: \"{vakya}\""],
 "slots": {"chutti": ["शुक्रवार की छुट्टी", "वर्क फ्रॉम होम"], "vishay": ["महंगाई", "प्रकाश संश्लेषण", "म्यूचुअल फंड", "GST"], "khana": ["पनीर बटर मसाला", "राजमा चावल", "आलू पराठा", "दाल मखनी"],
  "paath": ["kal ki meeting client ki wajah se 3 baje shift ho gayi hai sabko inform kar dena"], "shahar": ["जयपुर", "गोवा", "मनाली", "Dubai"], "n": ["2", "3", "4"], "kaam": ["software tester", "accountant", "teacher"], "vakya": ["main thoda late ho jaunga", "aapki madad ke liye shukriya"]},
 "resp": ["ज़रूर! यह रहा एक सुझाव:", "Sure! Yeh raha:"], "followups": ["thoda chhota karo", "धन्यवाद", "aur formal"]}

L["id"] = {
 "tasks": ["Buatkan email ke atasan untuk minta {izin}", "jelaskan {topik} dengan bahasa sederhana", "resep {masakan} untuk {n} orang", "tolong rapikan tulisan ini: {teks}", "caption instagram buat {usaha} saya", "itinerary {n} hari di {kota}", "perbaiki CV saya, saya kerja sebagai {kerja}"],
 "slots": {"izin": ["cuti hari Jumat", "kerja dari rumah"], "topik": ["inflasi", "fotosintesis", "BPJS", "reksa dana"], "masakan": ["nasi goreng", "rendang", "soto ayam", "martabak"], "n": ["2", "3", "4", "5"],
  "teks": ["rapat besok diundur jam 2 siang karena klien berhalangan mohon infokan ke yang lain"], "usaha": ["warung kopi", "toko kue", "laundry"], "kota": ["Yogyakarta", "Bali", "Bandung", "Singapura"], "kerja": ["admin gudang", "programmer", "guru SD"]},
 "resp": ["Tentu! Ini contohnya:", "Baik, penjelasannya begini:"], "followups": ["lebih singkat", "makasih!", "lebih formal"]}

L["vi"] = {
 "tasks": ["Viết email gửi sếp xin {xin}", "giải thích {chude} đơn giản thôi", "công thức nấu {mon} cho {n} người", "sửa lỗi chính tả đoạn này: {doan}", "lên lịch trình {n} ngày ở {tp}", "giúp mình viết CV, mình làm {nghe}", "dịch sang tiếng Anh: \"{cau}\""],
 "slots": {"xin": ["nghỉ phép thứ Sáu", "làm việc ở nhà"], "chude": ["lạm phát", "quang hợp", "lãi kép"], "mon": ["phở bò", "bún chả", "cá kho tộ", "bánh xèo"], "n": ["2", "3", "4"],
  "doan": ["cuộc họp ngày mai dời sang 2 giờ chiều do khách hàng bận mọi người chú ý nhé"], "tp": ["Đà Nẵng", "Hội An", "Đà Lạt", "Bangkok"], "nghe": ["kế toán", "lập trình viên", "giáo viên"], "cau": ["cảm ơn bạn đã giúp đỡ", "mình sẽ đến muộn một chút"]},
 "resp": ["Được chứ! Đây là một gợi ý:", "Giải thích đơn giản:"], "followups": ["ngắn hơn", "cảm ơn nhé"]}

L["th"] = {
 "tasks": ["ช่วยเขียนอีเมลถึงหัวหน้าขอ{la}", "อธิบาย{rueang}แบบง่ายๆ", "สูตร{ahan}สำหรับ {n} คน", "ช่วยแก้คำผิดให้หน่อย: {kham}", "วางแผนเที่ยว{mueang} {n} วัน", "ช่วยแปลเป็นภาษาอังกฤษ: \"{prayok}\""],
 "slots": {"la": ["ลางานวันศุกร์", "ทำงานที่บ้าน"], "rueang": ["เงินเฟ้อ", "การสังเคราะห์แสง", "ภาษีเงินได้"], "ahan": ["ต้มยำกุ้ง", "ผัดกะเพรา", "แกงเขียวหวาน"], "n": ["2", "3", "4"],
  "kham": ["พรุ่งนี้ประชุมเลื่อนเป็นบ่ายสองโมงเพราะลูกค้าไม่สะดวกนะคะ"], "mueang": ["เชียงใหม่", "ภูเก็ต", "ญี่ปุ่น"], "prayok": ["ขอบคุณที่ช่วยนะครับ", "จะไปสายนิดหน่อย"]},
 "resp": ["ได้เลยครับ นี่คือตัวอย่าง:", "อธิบายง่ายๆ คือ"], "followups": ["สั้นลงหน่อย", "ขอบคุณค่ะ"]}

L["tl"] = {
 "tasks": ["Pakigawa ng email sa boss ko na nagpapaalam na {paalam}", "explain mo nga ang {paksa} in simple terms", "recipe ng {ulam} para sa {n} tao", "paki-ayos ng grammar nito: {talata}", "caption para sa {larawan}", "gawan mo ako ng cover letter for {trabaho}", "i-translate sa English: \"{pangungusap}\""],
 "slots": {"paalam": ["mag-le-leave ako sa Biyernes", "male-late ako bukas"], "paksa": ["inflation", "photosynthesis", "SSS contributions", "compound interest"], "ulam": ["adobong manok", "sinigang na baboy", "kare-kare", "pancit canton"], "n": ["3", "4", "6"],
  "talata": ["bukas ang meeting ay na move sa 2pm kasi yung client ay busy pa, paki inform ang lahat"], "larawan": ["picture namin sa Baguio", "birthday ng anak ko"], "trabaho": ["call center agent", "nurse sa Dubai", "virtual assistant"], "pangungusap": ["salamat sa tulong mo", "malalate ako ng konti"]},
 "resp": ["Sige! Heto ang draft:", "Sure! Here you go:"], "followups": ["mas maikli", "salamat!", "more formal po"]}

L["sw"] = {
 "tasks": ["Niandikie barua pepe kwa bosi wangu kuomba {ombi}", "nieleze {mada} kwa lugha rahisi", "mapishi ya {chakula} kwa watu {n}", "rekebisha sarufi ya maandishi haya: {maandishi}", "tafsiri kwa Kiingereza: \"{sentensi}\""],
 "slots": {"ombi": ["ruhusa ya Ijumaa", "kufanya kazi nyumbani"], "mada": ["mfumuko wa bei", "usanisinuru", "M-Pesa inavyofanya kazi"], "chakula": ["pilau", "chapati", "wali wa nazi"], "n": ["3", "4", "6"],
  "maandishi": ["mkutano wa kesho umeahirishwa hadi saa nane mchana kwa sababu mteja hayupo"], "sentensi": ["asante kwa msaada wako", "nitachelewa kidogo"]},
 "resp": ["Sawa! Hii hapa rasimu:", "Kwa ufupi:"], "followups": ["fupisha", "asante sana"]}

# short context openers / tails per language, combined freely with the tasks above
AFFIX = {
 "es": (["Hola, ", "Buenas, ", "Oye, ", "Una pregunta: ", "Porfa, ", "Necesito ayuda: "], [" Gracias!", " porfa", " Que no sea muy largo.", " Es urgente jaja", " En tono informal.", " 🙏"]),
 "fr": (["Salut, ", "Bonjour, ", "Petite question : ", "Stp, "], [" Merci !", " stp", " Pas trop long.", " C'est pour demain."]),
 "de": (["Hallo, ", "Hi, ", "Kurze Frage: ", "Bitte "], [" Danke!", " bitte nicht zu lang", " Eher locker formuliert.", " Ist dringend."]),
 "pt": (["Oi, ", "Olá! ", "Uma dúvida: ", "Por favor, "], [" Valeu!", " obrigada", " Bem curtinho.", " É pra hoje kkk"]),
 "it": (["Ciao, ", "Buongiorno, ", "Domanda veloce: "], [" Grazie!", " non troppo lungo", " È urgente."]),
 "nl": (["Hoi, ", "Hallo, ", "Vraagje: "], [" Dank je!", " niet te lang graag"]),
 "pl": (["Cześć, ", "Hej, ", "Mam pytanie: "], [" Dzięki!", " krótko proszę"]),
 "ru": (["Привет, ", "Здравствуйте. ", "Подскажи, ", "Вопрос: ", "Помоги пожалуйста: "], [" Спасибо!", " Покороче.", " Срочно.", " Без канцелярита.", " плиз"]),
 "uk": (["Привіт, ", "Добрий день. ", "Підкажи, "], [" Дякую!", " коротко"]),
 "zh": (["你好，", "请问，", "在吗？", "麻烦", "急！"], ["，谢谢！", "，简短一点", "，口语化一些", "，字数不要太多", "，明天要用"]),
 "ja": (["こんにちは。", "すみません、", "質問です。"], ["よろしくお願いします。", "。短めでお願いします", "。急ぎです"]),
 "ko": (["안녕, ", "질문 있어. ", "부탁해. "], [" 고마워!", " 짧게 부탁해", " 좀 급해"]),
 "ar": (["مرحبا، ", "من فضلك ", "سؤال: "], [" شكرا!", " باختصار", " بأسلوب بسيط"]),
 "fa": (["سلام، ", "لطفاً ", "یک سوال: "], [" ممنون!", " کوتاه باشه", " خودمونی بنویس"]),
 "tr": (["Merhaba, ", "Bir sorum var: ", "Lütfen "], [" Teşekkürler!", " kısa olsun"]),
 "hi": (["नमस्ते, ", "Hi, ", "ek sawaal: "], [" धन्यवाद!", " short me", " jaldi chahiye"]),
 "id": (["Halo, ", "Kak, ", "Mau tanya: "], [" Makasih!", " singkat aja", " pakai bahasa santai"]),
 "vi": (["Chào bạn, ", "Cho mình hỏi, ", "Giúp mình: "], [" Cảm ơn!", " ngắn gọn thôi"]),
 "th": (["สวัสดีครับ ", "ขอถามหน่อย ", "รบกวนหน่อยค่ะ "], [" ขอบคุณค่ะ", " สั้นๆ พอ"]),
 "tl": (["Hi po, ", "Pa-help naman, ", "Tanong lang: "], [" Salamat po!", " maikli lang", " taglish ok lang"]),
 "sw": (["Habari, ", "Naomba msaada: "], [" Asante!", " kwa ufupi"]),
}
