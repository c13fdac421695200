# Spanish, Portuguese, French and German material for ordinary users. Written for this scenario.

ES = dict(
T = r"""
code|¿Por qué este código de {plang} me da "{err}"?

{code}
code|me sale este error: {err}
{code}
code|¿Cómo puedo {excel_es} en Excel?
code|explícame qué hace este código, soy principiante: {code}
code|Hazme una función en {plang} que valide un correo electrónico
study|Explícame {subj_es} de forma sencilla
study|Hazme un resumen de {hist_es} para un examen
study|Dame 10 preguntas tipo test sobre {subj_es} con las respuestas al final
study|ayúdame a hacer un esquema para un ensayo sobre {ensayo}
study|¿Cuál es la diferencia entre {diff_es}?
study|Tengo examen de {subj_es} en {days} días, ¿me organizas un plan de estudio?
email|Escribe un correo a {quien_es} para {motivo_es}. Que suene {tono_es}.
email|Redacta un mensaje de WhatsApp para {quien_es} {motivo_es}
email|¿Puedes hacer este correo más formal? "hola, te escribo porque todavía no me han pagado la factura de agosto"
food|¿Qué puedo cocinar con {ingr_es}?
food|Receta de {plato_es} para {people} personas
food|dame un menú semanal barato y saludable para una familia de cuatro
food|¿cuánto tiempo hay que cocer {plato_es}?
travel|Organízame un viaje de {days} días a {ciudad_es} sin gastar mucho
travel|¿Qué ver en {ciudad_es} en un fin de semana?
travel|¿Qué documentos necesito para viajar de {pais_es} a España con mi hijo menor?
health|Llevo {sintoma_es}, ¿debería ir al médico?
health|Dame una rutina de ejercicios para hacer en casa, 30 minutos
health|¿Es malo tomar café con el estómago vacío?
social|Escribe un texto para Instagram sobre {foto_es}
social|Ayúdame a escribir un tuit sobre {opinion_es}, con mi opinión pero sin insultar a nadie
social|Quiero publicar en Facebook algo sobre {opinion_es}. Que se entienda bien y sea corto
biz|Escribe una descripción para vender {producto_es} en Mercado Libre
biz|Ideas de nombres para {negocio_es}
biz|Hazme un post para Instagram anunciando {anuncio_es} de {negocio_es}
biz|¿Cómo calculo el precio de mis servicios como {trabajo_es} freelance?
job|Escribe una carta de presentación para un puesto de {trabajo_es}, tengo {years} años de experiencia
job|Mejora mi currículum, esta es mi experiencia: {cv_es}
job|¿Qué me pueden preguntar en una entrevista para {trabajo_es}?
advice|Mi pareja y yo discutimos por el dinero, ¿cómo lo hablamos sin pelear?
advice|Ideas de regalo para {regalo_es} con menos de 40 euros
advice|¿Cómo puedo ahorrar si gano poco?
info|¿Cómo funciona {tec_es}?
info|Resume este texto: {texto_es}
info|¿Es verdad que {mito_es}?
writing|Escribe un cuento corto sobre {cuento_es}
writing|Corrige la ortografía: "{mal_es}"
writing|Escribe un poema para {poema_es}
fun|Cuéntame un chiste de {chiste_es}
fun|Recomiéndame una serie parecida a {serie_es}
""",
S = dict(
    excel_es=["contar celdas con un texto", "quitar duplicados", "sumar por mes", "buscar un precio en otra hoja", "separar nombre y apellido"],
    subj_es=["las derivadas", "la fotosíntesis", "la oferta y la demanda", "las leyes de Newton", "la célula", "la Revolución Francesa",
             "los logaritmos", "la tabla periódica", "el subjuntivo", "la estadística descriptiva"],
    hist_es=["la Guerra Civil española", "la independencia de México", "la Primera Guerra Mundial", "la Revolución Industrial", "la Guerra Fría"],
    ensayo=["el uso del móvil en clase", "el cambio climático", "la inteligencia artificial en el trabajo", "el turismo masivo", "la vivienda para jóvenes"],
    diff_es=["ser y estar", "virus y bacteria", "clima y tiempo", "IVA e IRPF", "un autónomo y una sociedad limitada"],
    days=["3", "4", "5", "7"],
    people=["2", "4", "6"],
    quien_es=["mi jefe", "el casero", "un cliente", "la profesora de mi hijo", "recursos humanos", "mi vecino", "el proveedor"],
    motivo_es=["pedir un día libre", "reclamar una factura sin pagar", "cancelar una cita", "quejarme de un pedido que no llegó",
               "agradecer la entrevista", "pedir un aumento de sueldo", "avisar que llego tarde", "pedir que arreglen la calefacción"],
    tono_es=["formal", "cordial", "amable pero firme", "profesional"],
    ingr_es=["pollo, arroz y pimientos", "huevos, patatas y cebolla", "garbanzos y espinacas", "carne picada y frijoles", "pasta, atún y tomate"],
    plato_es=["tortilla de patatas", "paella", "arroz con pollo", "lentejas", "tacos al pastor", "empanadas", "flan", "arepas", "gazpacho"],
    ciudad_es=["Madrid", "Barcelona", "Sevilla", "Ciudad de México", "Buenos Aires", "Cartagena", "Lima", "Oaxaca", "Valencia", "Cusco"],
    pais_es=["México", "Colombia", "Argentina", "Perú"],
    sintoma_es=["tres días con dolor de garganta", "una semana con dolor de espalda", "varios días sin dormir bien", "dolor de cabeza todas las tardes",
                "tos seca desde hace dos semanas"],
    foto_es=["mi viaje a la playa", "la comida de mi abuela", "mi graduación", "mi perro", "un atardecer en la sierra"],
    opinion_es=["la subida del alquiler", "el precio de la luz", "las elecciones municipales", "el transporte público en mi ciudad",
                "la reforma de las pensiones", "la inseguridad en mi barrio"],
    producto_es=["velas artesanales", "una funda de móvil", "café de especialidad", "bolsos tejidos a mano", "jabones naturales"],
    negocio_es=["una panadería", "una peluquería", "un taller de bicis", "una tienda de ropa online", "una clínica dental", "un food truck de tacos"],
    anuncio_es=["la apertura", "las ofertas de fin de semana", "el nuevo menú", "nuestro aniversario", "el horario de verano"],
    trabajo_es=["enfermera", "programador", "diseñadora gráfica", "contable", "profesor de inglés", "camarero", "administrativo"],
    years=["2", "3", "5", "8"],
    cv_es=["trabajé 3 años en atención al cliente y 1 año como cajera", "hice prácticas en una agencia de marketing",
           "fui encargado de almacén 5 años"],
    regalo_es=["mi madre", "mi novio", "un compañero que se jubila", "un niño de 8 años"],
    tec_es=["el GPS", "una placa solar", "la bolsa", "el bizum", "una vacuna de ARNm"],
    texto_es=["El ayuntamiento ha aprobado un plan para plantar 5.000 árboles en los próximos dos años. Las obras empezarán en los barrios con menos zonas verdes.",
              "La empresa anunció que abrirá una nueva planta en la región, lo que podría crear unos 300 empleos directos a partir del próximo año."],
    mito_es=["el agua hervida dos veces es mala", "hay que esperar dos horas para bañarse después de comer", "los gatos siempre caen de pie"],
    cuento_es=["un dragón que tiene miedo al fuego", "una niña que habla con los árboles", "un viejo faro", "un gato detective"],
    mal_es=["haber si nos vemos mañana", "ayer fuistes al cine", "a ver echo la tarea", "hechale sal a la sopa"],
    poema_es=["el día de la madre", "mi abuelo", "el mar", "una amiga que se muda"],
    chiste_es=["informáticos", "gatos", "médicos", "lunes"],
    serie_es=["La casa de papel", "Breaking Bad", "Élite", "Narcos", "The Office"],
),
R = {
    "code": ["El error \"{err}\" aparece porque el valor todavía no es lo que esperas en ese punto. Prueba así:\n\n```\n{fix}\n```",
             "Te dejo una versión corregida:\n\n```\n{fix}\n```\nEl cambio principal está en las primeras líneas."],
    "study": ["¡Claro! Te lo explico paso a paso:\n\n1. La idea básica\n2. Un ejemplo sencillo\n3. Errores comunes\n\n¿Quieres que te ponga ejercicios?"],
    "email": ["Asunto: Consulta\n\nEstimado/a:\n\nLe escribo para comentarle este asunto. Le agradecería mucho que me respondiera cuando pueda.\n\nUn saludo cordial,"],
    "food": ["¡Buena idea! Puedes hacer algo sencillo en una sola sartén: sofríe la cebolla, añade el resto de ingredientes, salpimienta y deja cocinar unos 20 minutos."],
    "travel": ["Aquí tienes un plan de {days} días:\n\nDía 1: centro histórico y mercado\nDía 2: museos y un mirador al atardecer\nDía 3: excursión cercana\n\nConsejo: compra el abono de transporte."],
    "health": ["No soy médico, pero en general, si los síntomas duran más de una semana o empeoran, lo mejor es consultar. Mientras tanto, descansa e hidrátate."],
    "social": ["Aquí tienes una propuesta breve, con tu opinión clara y sin ataques personales. Si quieres la hago más corta o con otro tono.",
               "Te dejo dos versiones: una más directa y otra más suave. Elige la que suene más a ti."],
    "biz": ["Te propongo este texto: Hecho a mano con materiales de calidad, ideal para regalar o darte un capricho. ¡Pocas unidades disponibles!"],
    "job": ["Estimados señores:\n\nMe dirijo a ustedes para presentar mi candidatura al puesto de {trabajo_es}. Cuento con {years} años de experiencia y muchas ganas de aportar a su equipo.\n\nAtentamente,"],
    "*": ["¡Claro! Aquí tienes una propuesta. Dime si quieres cambiar algo.", "Con gusto te ayudo. Aquí va una respuesta clara y, si quieres, entro en más detalle."],
},
F = ["hazlo más corto", "más formal, por favor", "dame otra versión", "gracias!!", "ponlo en una lista", "sigue dando el mismo error", "y en inglés?"],
FR = ["Claro, aquí tienes una versión más corta.", "Por supuesto, aquí va más formal.", "Aquí tienes otra versión.", "¡De nada! Suerte."],
C = ["hola", "hazme un resumen", "corrige esto", "escribe un correo formal", "cuéntame un chiste", "ayuda con mi tarea"],
REF = "Lo siento, pero no puedo ayudar con eso.",
TR = ["Traduce al {tgt}: {src}", "¿cómo se dice esto en {tgt}? {src}"],
TR_TARGETS = ["en", "en", "en", "fr", "pt"],
)

PT = dict(
T = r"""
code|Por que esse código em {plang} dá "{err}"?

{code}
code|tá dando erro: {err}
{code}
code|Como faço para {excel_pt} no Excel?
study|Me explica {subj_pt} de um jeito simples
study|Faz um resumo sobre {hist_pt} para a prova
study|Me dá 10 questões de {subj_pt} com gabarito
study|Me ajuda a fazer uma redação do ENEM sobre {redacao_pt}
study|Qual a diferença entre {diff_pt}?
email|Escreve um e-mail para {quem_pt} para {motivo_pt}, em tom {tom_pt}
email|Deixa essa mensagem mais educada: "ainda não recebi o pagamento e preciso dele essa semana"
food|O que eu posso fazer com {ingr_pt}?
food|Receita de {prato_pt} para {people} pessoas
food|cardápio da semana barato pra duas pessoas
travel|Monta um roteiro de {days} dias em {cidade_pt}
travel|O que fazer em {cidade_pt} com pouco dinheiro?
health|Estou com {sintoma_pt}, devo ir ao médico?
health|Me passa um treino para fazer em casa, sem equipamento
social|Cria uma legenda para o Instagram sobre {foto_pt}
social|Quero postar sobre {opiniao_pt} no meu Twitter, me ajuda a escrever sem ser agressivo
biz|Escreve uma descrição de produto para {produto_pt} para vender na Shopee
biz|Nomes para {negocio_pt}
biz|Post para o Instagram da minha {negocio_pt} anunciando {anuncio_pt}
job|Escreve uma carta de apresentação para vaga de {trabalho_pt}
job|Melhora meu currículo: {cv_pt}
job|Quais perguntas caem numa entrevista para {trabalho_pt}?
advice|Como conversar com meu chefe sobre aumento?
advice|Ideias de presente para {presente_pt} até 100 reais
info|Como funciona {tec_pt}?
info|Resume esse texto: {texto_pt}
writing|Corrige meu texto: "{erro_pt}"
writing|Escreve uma mensagem de aniversário para {presente_pt}
fun|Me conta uma piada de {piada_pt}
""",
S = dict(
    excel_pt=["contar células com um texto", "remover duplicados", "somar por mês", "fazer um PROCV", "separar nome e sobrenome"],
    subj_pt=["função do segundo grau", "fotossíntese", "oferta e demanda", "as leis de Newton", "a célula", "geometria espacial", "termoquímica"],
    hist_pt=["a Revolução Francesa", "a Era Vargas", "a independência do Brasil", "a Guerra Fria", "o Império Romano"],
    redacao_pt=["os desafios da mobilidade urbana", "o combate à desinformação", "a saúde mental dos jovens", "o acesso à educação digital"],
    diff_pt=["mas e mais", "vírus e bactéria", "MEI e ME", "juros simples e compostos"],
    quem_pt=["meu chefe", "o proprietário do apartamento", "um cliente", "a escola do meu filho", "o RH"],
    motivo_pt=["pedir folga na sexta", "cobrar uma nota fiscal", "remarcar uma reunião", "reclamar de uma entrega atrasada", "agradecer pela entrevista"],
    tom_pt=["formal", "educado", "profissional", "simpático"],
    ingr_pt=["frango, arroz e cenoura", "ovo, batata e cebola", "feijão e linguiça", "macarrão e atum"],
    prato_pt=["feijoada", "bolo de cenoura", "strogonoff", "pão de queijo", "moqueca", "brigadeiro", "bacalhau à Gomes de Sá"],
    people=["2", "4", "6"],
    days=["3", "4", "5", "7"],
    cidade_pt=["Rio de Janeiro", "Salvador", "Lisboa", "Porto", "Florianópolis", "Gramado", "Recife", "Belo Horizonte"],
    sintoma_pt=["dor de garganta há três dias", "dor nas costas", "insônia há uma semana", "dor de cabeça toda tarde"],
    foto_pt=["minha viagem para a praia", "meu cachorro", "minha formatura", "o almoço de domingo"],
    opiniao_pt=["o preço da gasolina", "o transporte público da minha cidade", "a reforma tributária", "as eleições", "a violência no meu bairro"],
    produto_pt=["velas aromáticas", "capinhas de celular", "bolsas de crochê", "brigadeiros gourmet"],
    negocio_pt=["lanchonete", "loja de roupas", "barbearia", "confeitaria", "pet shop"],
    anuncio_pt=["a inauguração", "a promoção de sábado", "o novo cardápio", "o horário de feriado"],
    trabalho_pt=["auxiliar administrativo", "desenvolvedor", "enfermeira", "vendedor", "professor", "designer"],
    cv_pt=["trabalhei 2 anos em telemarketing e 1 ano como caixa", "fiz estágio em contabilidade", "sou técnico de informática há 4 anos"],
    presente_pt=["minha mãe", "meu namorado", "minha melhor amiga", "meu sobrinho de 10 anos"],
    tec_pt=["o Pix", "a energia solar", "o GPS", "a bolsa de valores"],
    texto_pt=["A prefeitura anunciou que vai reformar três escolas municipais até o fim do ano. As obras devem começar no próximo mês e custar cerca de 12 milhões de reais."],
    erro_pt=["fazem dois anos que eu moro aqui", "houveram muitos problemas", "a gente vamos sair", "eu ví ele ontem"],
    piada_pt=["programador", "papagaio", "segunda-feira"],
),
R = {
    "code": ["O erro \"{err}\" acontece porque o valor ainda não está pronto nesse ponto. Tenta assim:\n\n```\n{fix}\n```"],
    "study": ["Claro! Vou explicar em partes:\n\n1. A ideia principal\n2. Um exemplo\n3. Onde o pessoal mais erra\n\nQuer exercícios também?"],
    "email": ["Assunto: Solicitação\n\nOlá,\n\nEscrevo para tratar deste assunto. Agradeço desde já a atenção e fico no aguardo do seu retorno.\n\nAtenciosamente,"],
    "social": ["Aqui vai uma sugestão curta, com a sua opinião clara e sem ataques. Posso deixar mais leve ou mais direta, se quiser."],
    "*": ["Claro! Aqui vai uma sugestão. Me fala se quiser ajustar alguma coisa.", "Com certeza, aqui está uma resposta clara."],
},
F = ["deixa mais curto", "mais formal", "me dá outra opção", "valeu!", "em tópicos", "continua dando erro", "e em inglês?"],
FR = ["Claro, aqui está mais curto.", "Aqui vai uma versão mais formal.", "Aqui está outra opção.", "Por nada!"],
C = ["oi", "faz um resumo", "corrige meu texto", "me ajuda com a lição", "me conta uma piada"],
REF = "Desculpe, mas não posso ajudar com isso.",
TR = ["Traduz para o {tgt}: {src}", "como fica isso em {tgt}? {src}"],
TR_TARGETS = ["en", "en", "es"],
)

FR = dict(
T = r"""
code|Pourquoi ce code {plang} me donne « {err} » ?

{code}
code|j'ai cette erreur : {err}
{code}
code|Comment {excel_fr} dans Excel ?
study|Explique-moi {subj_fr} simplement
study|Fais-moi une fiche de révision sur {hist_fr}
study|Donne-moi 10 questions sur {subj_fr} avec la correction
study|Aide-moi à faire le plan d'une dissertation sur « {dissert_fr} »
study|Quelle est la différence entre {diff_fr} ?
email|Écris un mail à {qui_fr} pour {motif_fr}, ton {ton_fr}
email|Rends ce message plus poli : « je n'ai toujours pas reçu mon remboursement »
food|Qu'est-ce que je peux cuisiner avec {ingr_fr} ?
food|Recette de {plat_fr} pour {people} personnes
travel|Organise un séjour de {days} jours à {ville_fr}
travel|Que faire à {ville_fr} quand il pleut ?
health|J'ai {symptome_fr}, est-ce que je dois consulter ?
health|Programme de sport à la maison, 3 fois par semaine
social|Écris une légende Instagram pour {photo_fr}
social|Aide-moi à écrire un post Facebook sur {opinion_fr}, avec mon avis mais sans agresser personne
biz|Rédige une fiche produit pour {produit_fr}
biz|Des idées de nom pour {commerce_fr}
biz|Un post LinkedIn pour annoncer {annonce_fr} de {commerce_fr}
job|Lettre de motivation pour un poste de {metier_fr}
job|Améliore mon CV : {cv_fr}
job|Comment répondre à « quels sont vos défauts » en entretien ?
advice|Comment dire à ma colocataire qu'elle fait trop de bruit ?
advice|Idées cadeau pour {cadeau_fr} à moins de 50 euros
info|Comment fonctionne {tech_fr} ?
info|Résume ce texte : {texte_fr}
writing|Corrige les fautes : « {faute_fr} »
writing|Écris un petit poème sur {poeme_fr}
fun|Raconte-moi une blague sur {blague_fr}
""",
S = dict(
    excel_fr=["compter les cellules qui contiennent un mot", "supprimer les doublons", "faire une RECHERCHEV", "additionner par mois"],
    subj_fr=["les dérivées", "la photosynthèse", "l'offre et la demande", "les lois de Newton", "le subjonctif", "les suites numériques"],
    hist_fr=["la Révolution française", "la Première Guerre mondiale", "la décolonisation", "la guerre froide", "la Ve République"],
    dissert_fr=["le bonheur dépend-il de nous ?", "le travail libère-t-il ?", "faut-il avoir peur des réseaux sociaux ?"],
    diff_fr=["un virus et une bactérie", "une SAS et une SARL", "le climat et la météo", "a et à"],
    qui_fr=["mon propriétaire", "mon manager", "un client", "la maîtresse de ma fille", "les RH", "mon banquier"],
    motif_fr=["demander un jour de congé", "relancer une facture impayée", "annuler un rendez-vous", "signaler une fuite d'eau", "remercier après l'entretien"],
    ton_fr=["formel", "cordial", "professionnel", "aimable mais ferme"],
    ingr_fr=["poulet, riz et courgettes", "œufs, pommes de terre et oignons", "lentilles et carottes", "pâtes, thon et tomates"],
    plat_fr=["quiche lorraine", "ratatouille", "crêpes", "bœuf bourguignon", "tarte aux pommes", "couscous", "poulet yassa"],
    people=["2", "4", "6"],
    days=["3", "4", "5"],
    ville_fr=["Paris", "Lyon", "Marseille", "Bruxelles", "Montréal", "Bordeaux", "Dakar", "Nice"],
    symptome_fr=["mal à la gorge depuis trois jours", "mal au dos", "des insomnies", "une toux sèche depuis deux semaines"],
    photo_fr=["mes vacances en Bretagne", "mon chat", "un coucher de soleil", "mon premier marathon"],
    opinion_fr=["la réforme des retraites", "le prix des loyers", "les transports à Paris", "les élections municipales", "la fermeture de l'hôpital de ma ville"],
    produit_fr=["des bougies parfumées", "un sac en cuir", "du miel artisanal", "des savons bio"],
    commerce_fr=["une boulangerie", "un salon de coiffure", "une librairie", "un food truck", "un cabinet de kiné"],
    annonce_fr=["l'ouverture", "les soldes", "notre nouvel horaire", "nos 10 ans"],
    metier_fr=["infirmier", "développeuse web", "comptable", "vendeur", "assistante de direction", "chef de projet"],
    cv_fr=["3 ans en restauration et 1 an en caisse", "stage en communication", "technicien de maintenance depuis 6 ans"],
    cadeau_fr=["ma mère", "mon copain", "un collègue qui part à la retraite", "mon neveu"],
    tech_fr=["le GPS", "une pompe à chaleur", "la carte bancaire sans contact", "le nucléaire"],
    texte_fr=["La mairie a annoncé la rénovation de la piscine municipale. Les travaux commenceront en janvier et devraient durer huit mois."],
    faute_fr=["je vous est envoyé le dossier", "ils sont aller au marché", "malgré qu'il pleut", "j'ai manger"],
    poeme_fr=["l'automne", "ma grand-mère", "la mer", "Paris la nuit"],
    blague_fr=["les informaticiens", "les chats", "les lundis"],
),
R = {
    "code": ["L'erreur « {err} » vient du fait que la valeur n'est pas encore celle attendue à cet endroit. Essaie plutôt :\n\n```\n{fix}\n```"],
    "email": ["Objet : Demande\n\nBonjour,\n\nJe me permets de vous écrire au sujet de ce dossier. Je vous remercie par avance de votre retour.\n\nCordialement,"],
    "*": ["Bien sûr ! Voici une proposition. Dis-moi si tu veux que je l'adapte.", "Avec plaisir, voici une réponse claire."],
},
F = ["plus court", "plus formel stp", "une autre version", "merci !", "en liste à puces", "toujours la même erreur", "et en anglais ?"],
FR = ["Bien sûr, voici une version plus courte.", "Voici une version plus formelle.", "Voici une autre version.", "Avec plaisir !"],
C = ["bonjour", "résume ce texte", "corrige mon texte", "écris un mail", "raconte une blague"],
REF = "Désolé, je ne peux pas t'aider avec ça.",
TR = ["Traduis en {tgt} : {src}", "comment on dit ça en {tgt} ? {src}"],
TR_TARGETS = ["en", "en", "es", "de"],
)

DE = dict(
T = r"""
code|Warum bekomme ich bei diesem {plang}-Code "{err}"?

{code}
code|Fehler: {err}
{code}
code|Wie kann ich in Excel {excel_de}?
code|Erklär mir bitte, was dieser Code macht: {code}
study|Erklär mir {subj_de} einfach
study|Fass {hist_de} für meine Klausur zusammen
study|Gib mir 10 Übungsaufgaben zu {subj_de} mit Lösungen
study|Hilf mir bei der Gliederung für eine Hausarbeit über {haus_de}
study|Was ist der Unterschied zwischen {diff_de}?
email|Schreib eine E-Mail an {wer_de}, um {grund_de}. Ton: {ton_de}
email|Formuliere das höflicher: "Ich warte jetzt seit drei Wochen auf meine Kaution."
food|Was kann ich mit {zutaten_de} kochen?
food|Rezept für {gericht_de} für {people} Personen
travel|Plane mir {days} Tage in {stadt_de}
travel|Was kann man in {stadt_de} bei Regen machen?
health|Ich habe seit ein paar Tagen {symptom_de}. Sollte ich zum Arzt?
health|Trainingsplan für zu Hause, ohne Geräte
social|Schreib eine Instagram-Caption zu {foto_de}
social|Hilf mir, einen Post über {meinung_de} zu schreiben, sachlich, aber mit meiner Meinung
biz|Schreib eine Produktbeschreibung für {produkt_de}
biz|Namensideen für {laden_de}
biz|Instagram-Post für {laden_de}: {anlass_de}
job|Anschreiben für eine Stelle als {beruf_de}, ich habe {years} Jahre Erfahrung
job|Verbessere meinen Lebenslauf: {cv_de}
job|Wie bereite ich mich auf ein Vorstellungsgespräch als {beruf_de} vor?
advice|Wie sage ich meinem Nachbarn, dass seine Musik zu laut ist?
advice|Geschenkideen für {geschenk_de} unter 50 Euro
info|Wie funktioniert {tech_de}?
info|Fass diesen Text zusammen: {text_de}
writing|Korrigiere bitte: "{fehler_de}"
fun|Erzähl mir einen Witz über {witz_de}
""",
S = dict(
    excel_de=["Zellen mit einem bestimmten Wort zählen", "Duplikate entfernen", "einen SVERWEIS machen", "nach Monat summieren"],
    subj_de=["Ableitungen", "Photosynthese", "Angebot und Nachfrage", "die Newtonschen Gesetze", "Vektorrechnung", "den Konjunktiv II"],
    hist_de=["die Weimarer Republik", "den Dreißigjährigen Krieg", "die Wiedervereinigung", "die Industrialisierung", "den Kalten Krieg"],
    haus_de=["Homeoffice und Produktivität", "Wohnungsnot in Großstädten", "Künstliche Intelligenz im Gesundheitswesen"],
    diff_de=["GmbH und UG", "Virus und Bakterie", "Brutto und Netto", "das und dass"],
    wer_de=["meinen Vermieter", "meine Chefin", "einen Kunden", "die Lehrerin meines Sohnes", "die Krankenkasse", "das Finanzamt"],
    grund_de=["einen Urlaubstag zu beantragen", "an eine offene Rechnung zu erinnern", "einen Termin abzusagen", "einen Wasserschaden zu melden",
              "mich nach dem Vorstellungsgespräch zu bedanken", "eine Gehaltserhöhung anzusprechen"],
    ton_de=["förmlich", "freundlich", "professionell", "bestimmt, aber höflich"],
    zutaten_de=["Hähnchen, Reis und Paprika", "Kartoffeln, Eiern und Zwiebeln", "Linsen und Karotten", "Nudeln und Thunfisch"],
    gericht_de=["Käsespätzle", "Gulasch", "Apfelstrudel", "Kartoffelsalat", "Linsensuppe", "Pfannkuchen", "Rinderrouladen"],
    people=["2", "4", "6"],
    days=["2", "3", "4", "5"],
    stadt_de=["Berlin", "Hamburg", "München", "Wien", "Zürich", "Köln", "Dresden", "Leipzig"],
    symptom_de=["Halsschmerzen", "Rückenschmerzen", "Schlafprobleme", "Kopfschmerzen", "trockenen Husten"],
    foto_de=["meinem Urlaub an der Ostsee", "meinem Hund", "meinem ersten Halbmarathon", "unserem neuen Garten"],
    meinung_de=["die Mietpreise in meiner Stadt", "die Deutsche Bahn", "das Heizungsgesetz", "die Kommunalwahl", "den Fachkräftemangel in der Pflege"],
    produkt_de=["handgemachte Kerzen", "eine Ledertasche", "Bio-Honig", "Holzspielzeug"],
    laden_de=["eine Bäckerei", "einen Friseursalon", "eine Fahrradwerkstatt", "ein Café", "eine Physiotherapiepraxis"],
    anlass_de=["Neueröffnung", "Sommerschlussverkauf", "neue Öffnungszeiten", "10-jähriges Jubiläum"],
    beruf_de=["Pflegefachkraft", "Softwareentwickler", "Buchhalterin", "Erzieher", "Projektmanagerin", "Elektriker"],
    years=["2", "3", "5", "10"],
    cv_de=["3 Jahre im Einzelhandel, 1 Jahr Lagerlogistik", "Ausbildung zur Bürokauffrau, danach 4 Jahre Sachbearbeitung"],
    geschenk_de=["meine Mutter", "meinen Freund", "eine Kollegin, die in Rente geht", "meinen Neffen"],
    tech_de=["eine Wärmepumpe", "GPS", "eine Solaranlage", "kontaktloses Bezahlen"],
    text_de=["Die Stadt plant, die Straßenbahnlinie bis zum neuen Wohngebiet zu verlängern. Baubeginn soll im Frühjahr sein, die Kosten liegen bei rund 60 Millionen Euro."],
    fehler_de=["Ich habe gestern nach Hause gegangen", "Wegen dem Regen bin ich spät", "Das Buch, das ich dir gegeben habe, war gut das du es liest"],
    witz_de=["Informatiker", "Beamte", "Katzen", "Montage"],
),
R = {
    "code": ["Der Fehler \"{err}\" entsteht, weil der Wert an dieser Stelle noch nicht das ist, was du erwartest. So klappt es:\n\n```\n{fix}\n```"],
    "email": ["Betreff: Anfrage\n\nSehr geehrte Damen und Herren,\n\nich wende mich mit folgendem Anliegen an Sie. Für eine kurze Rückmeldung wäre ich Ihnen dankbar.\n\nMit freundlichen Grüßen"],
    "*": ["Gerne! Hier ist ein Vorschlag. Sag Bescheid, wenn ich etwas anpassen soll.", "Klar, hier ist eine kurze, klare Antwort."],
},
F = ["kürzer bitte", "förmlicher", "noch eine Version", "danke!", "als Stichpunkte", "gleicher Fehler", "und auf Englisch?"],
FR = ["Gerne, hier die kürzere Version.", "Hier ist eine förmlichere Version.", "Hier ist eine weitere Version.", "Gern geschehen!"],
C = ["hallo", "fass das zusammen", "korrigiere meinen Text", "schreib eine E-Mail", "erzähl einen Witz"],
REF = "Das kann ich leider nicht machen.",
TR = ["Übersetze ins {tgt}: {src}", "Wie sagt man das im {tgt}n? {src}"],
TR_TARGETS = ["en", "en", "fr", "es"],
)
