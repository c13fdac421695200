# English-language material for ordinary users. Written for this scenario.
# Format: T is "topic|template" lines; {slot} picks from S (or from the shared snippet bundle
# {code}/{err}/{fix}/{plang}); R holds answer templates per topic ('*' is the fallback).

EN = dict(
T = r"""
code|why does this {plang} code give me "{err}"?

{code}
code|Can you fix this? I keep getting {err}
{code}
code|{code}

error: {err}
code|my {plang} script crashes with {err}, what am i doing wrong
code|Explain this {plang} code line by line, I'm new to programming: {code}||Sure! Line by line: the first line sets things up, the next lines loop or call a function, and the last line prints or returns the result. The error you'd hit is "{err}", and here is a safer version:

```
{fix}
```
code|How do I {excel_task} in {tool}?||Here's how to {excel_task} in {tool}, step by step:

1. Select the range you want to work with.
2. Use the formula or menu option described below.
3. Check a few rows by hand to make sure the result is right.
code|what's the difference between git merge and git rebase, in simple terms||Merge keeps both histories and adds a merge commit; rebase replays your commits on top of the other branch so the history looks linear. Use merge on shared branches, rebase for tidying your own work before a pull request.
code|Write a {plang} function that checks if a string is a palindrome, with tests||Here's a simple version in {plang}: normalise the string (lowercase, remove spaces and punctuation), then compare it with its reverse. Tests: "racecar" -> true, "A man, a plan, a canal: Panama" -> true, "hello" -> false.
code|how to center a div horizontally and vertically, flexbox please||```css
.parent {
  display: flex;
  justify-content: center;
  align-items: center;
  min-height: 100vh;
}
```
code|Give me a regex that matches US phone numbers like (555) 123-4567 or 555-123-4567||Try: ^\(?\d{3}\)?[\s-]?\d{3}-\d{4}$ . It accepts an optional area-code parenthesis, an optional space or dash, then the 3-4 digit groups.
code|I'm preparing for a coding interview. Give me 5 medium questions about {dsa} and hints||Here are five medium problems on {dsa}, each with a hint. 1. ... Hint: think about what you can precompute. 2. ... Hint: two pointers. Try each for 25 minutes before looking at the hint.
code|Review my {plang} code and suggest improvements for readability:
{code}
code|Set up a docker-compose file for a Postgres database and a Node app on port 3000||```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: example
  app:
    build: .
    ports:
      - "3000:3000"
    depends_on:
      - db
```
study|Explain {subj} like I'm 15||Sure! Think of {subj} like this: start with the big idea, then one everyday example, then the one detail teachers love to test. Want a quick quiz afterwards?
study|Can you make me a study plan for my {subj} exam in {days} days? I can study about 2 hours a day||Here's a {days}-day plan for {subj}, 2 hours a day: first half of the days on core concepts and notes, then practice problems, and the last day a timed mock exam and reviewing mistakes.
study|Give me 10 practice questions on {subj} with answers at the end||Here are 10 practice questions on {subj}, from easier to harder. Answers are at the bottom so you can check yourself.
study|summarize the main causes of {hist} in bullet points||Main causes of {hist}:
- long-term tensions that built up for years
- economic pressures
- a trigger event that set things off
- decisions by leaders that escalated it
study|Help me write an essay outline on "{essay_topic}", {len} words, for my {course} class||Outline for "{essay_topic}" ({len} words):
1. Introduction and thesis
2. First argument with an example
3. Second argument with data
4. Counter-argument and response
5. Conclusion
study|What is the difference between mitosis and meiosis||Mitosis makes two identical cells for growth and repair; meiosis makes four cells with half the chromosomes, for reproduction, and mixes genes through crossing over.
study|solve: a train leaves at 9:40 and travels 210 km at 84 km/h. when does it arrive? show steps||Time = distance / speed = 210 / 84 = 2.5 hours = 2 h 30 min. 9:40 + 2:30 = 12:10. The train arrives at 12:10.
study|Is this thesis statement strong enough? "{essay_topic} should be taught in every high school."||It's a start, but it's broad. A stronger thesis says why and how: name the benefit and the evidence you'll use, so the reader knows what you're going to argue.
study|Quiz me on {subj}, one question at a time||Great, let's start with {subj}. Question 1: what is the main idea in one sentence? Take your time, then I'll give feedback.
study|Explain the plot and main themes of {book} for my book report||In {book}, the plot follows the main character through a conflict that tests their values. Key themes: power, identity and the cost of choices. For your report, pick one theme and back it with two scenes.
study|how do i cite a website in APA 7th edition||Author, A. A. (Year, Month Day). Title of page. Site Name. URL . If there's no author, start with the page title.
email|Write an email to {who} {email_purpose}. Keep it {tone}.||Subject: A quick request

Hi,

I hope you're well. I'm writing about {email_purpose}. I'd really appreciate it if we could sort this out this week. Thanks so much for your help.

Best regards,
email|Can you make this email sound more professional? "hey, just checking if u saw my last email about the contract, need an answer by friday"||Hi, I wanted to follow up on my previous email regarding the contract. Could you let me know your decision by Friday? Thank you.
email|Help me reply to {who} who is asking why the project is late. I don't want to sound defensive||Thanks for checking in. The delay came from a dependency we didn't control; we've now resolved it and the new date is next Thursday. I'll send a short update on Monday so you can see progress.
email|Write a short {tone} message to {who} {email_purpose}||Hi! Just a quick note about {email_purpose}. Let me know what works for you. Thanks!
email|Rewrite this so it's polite but firm: "I have already paid twice and I want my money back."||I've been charged twice for the same order and would like the duplicate payment refunded. Please confirm when this will be processed.
email|Draft an out of office reply, I'm away until the {date_day}||Thank you for your email. I'm out of the office until the {date_day} with limited access to email. For urgent matters, please contact my colleague. I'll reply when I'm back.
food|What can I cook with {ingredients}?||With {ingredients} you could make a one-pan skillet: cook the protein first, add the vegetables, season well and serve with rice or bread. Another option is a simple soup.
food|Give me a recipe for {dish} for {people} people||{dish} for {people}: prep about 20 minutes, cook about 40. Ingredients and steps below; adjust the salt at the end.
food|{dish} recipe without an oven?||You can make {dish} on the stovetop: use a heavy pan with a lid over low heat, and check it often. It takes a little longer but works well.
food|Make me a weekly meal plan, vegetarian, under $60 for two people||Mon: lentil soup. Tue: veggie stir fry with rice. Wed: bean tacos. Thu: pasta with tomato and spinach. Fri: egg fried rice. Weekend: chickpea curry and leftovers. Shopping list below.
food|How long do I boil eggs for a runny yolk||About 6 to 6.5 minutes in boiling water, then straight into cold water for a minute.
food|what can i use instead of buttermilk in {dish}||Mix 1 cup of milk with 1 tablespoon of lemon juice or vinegar, wait 5 minutes, and use it like buttermilk in {dish}.
travel|Plan a {days}-day trip to {city} on a mid-range budget||Here's a {days}-day plan for {city}: day one in the old centre and a food market, day two for museums and a viewpoint at sunset, then a day trip nearby. Budget tip: a transit pass and lunch menus.
travel|What are some things to do in {city} with kids?||In {city} with kids: parks and playgrounds, the aquarium or science museum if there is one, a boat or cable-car ride, and ice cream stops. Keep mornings busy and afternoons light.
travel|Is {city} safe to walk around at night? Which areas should I avoid||{city} is generally fine for visitors with normal precautions: stay in busy, well-lit streets, watch your phone in crowds and take a licensed taxi late at night.
travel|What should I pack for a week in {city} in October||For {city} in October: layers, a light rain jacket, comfortable walking shoes, one nicer outfit, adapters and a small day bag.
travel|Best way to get from the airport to downtown {city}?||Usually the train or airport bus is cheapest; a taxi or ride-share is quicker with luggage. Check the last departure time if you land late.
health|I've had {symptom}. Should I see a doctor?||I'm not a doctor, but {symptom} is often something that improves with rest. If it gets worse, lasts longer than a week or two, or comes with fever or severe pain, please see a doctor.
health|What are some stretches for {pain_area}?||For {pain_area}: gentle cat-cow, child's pose, a seated twist and a hamstring stretch. Hold each 20-30 seconds and stop if anything hurts sharply.
health|Make me a beginner workout plan, 3 days a week, no equipment||Day A: squats, push-ups, plank. Day B: lunges, glute bridges, side plank. Day C: a 20-minute brisk walk plus stretching. Rest a day between sessions.
health|is it safe to take ibuprofen and paracetamol together||For most healthy adults, taking them together or alternating is considered safe at the normal doses on the label. Check with a pharmacist if you have other conditions or take other medicines.
health|How many calories should I eat to lose weight slowly? I'm {age}, {height_cm} cm||A slow, steady loss is usually about 300-500 calories below your maintenance level. At {age} and {height_cm} cm that depends on your weight and activity; a simple online calculator gives a starting point.
social|Write an Instagram caption for a photo of {photo}||A few options for {photo}:
1. Moments like this.
2. Saving this one.
3. Exactly where I needed to be.
social|Give me 5 tweet ideas about {hobby} that sound like me, casual, no hashtags||1. Week three of {hobby} and I'm hooked.
2. Nobody warned me {hobby} would eat my whole weekend.
3. Small win today.
4. Tips welcome, I'm clearly still learning.
5. Ok, one more video and then bed.
social|Help me write a LinkedIn post about {linkedin_news}||Here's a draft about {linkedin_news}: start with one honest sentence about what happened, add what you learned, thank the people who helped, and end with what's next.
social|Write a funny caption for my dog's birthday post||"Another year of being a very good boy. Gifts accepted in the form of treats."
social|I want to post about {opinion_topic} on my Facebook. Help me say it clearly without starting a fight with my relatives||Here's a calm version: "I've been thinking about {opinion_topic}. Here's where I stand and why. I know we won't all agree, and that's okay, I'm happy to talk about it."
biz|Write a product description for {product} for my online shop||{product}: made with care and built for everyday use. A thoughtful gift or a small treat for yourself.
biz|Give me 10 name ideas for {company_type}||Ten ideas for {company_type}, from playful to classic, with a note on which would make the easiest web address.
biz|Write a {platform} post announcing {post_about} for {company_type}||Big news! We're celebrating {post_about}. Thank you for supporting us, come by and say hi this week!
biz|How do I price my services as a freelance {job}?||Start from what you need to earn per month, divide by realistic billable hours, then compare with local rates for a freelance {job}. Offer packages rather than only hourly rates.
biz|Create a simple marketing plan for {company_type} with a $500 budget||For {company_type} with $500: $200 on local social ads, $100 on printed flyers, $100 on a small loyalty offer, $100 held back for what works best. Track results weekly.
biz|Write a Google review reply to a customer who complained about slow service at {company_type}||Thank you for your feedback, and we're sorry about the wait. We were short-staffed that day and are adding help at peak times. We'd love to welcome you back.
job|Write a cover letter for a {job} position. I have {years} years of experience||Dear Hiring Manager,

I'm excited to apply for the {job} position. In {years} years of experience I've built strong skills in communication, organisation and problem solving, and I'd love to bring them to your team.

Sincerely,
job|Improve my resume bullet: "{bullet}"||Stronger version: start with an action verb, add scope and a result. For example: "Managed the area daily and improved response times by 20%."
job|What questions should I ask at the end of a job interview for a {job} role?||Good questions: What does success look like in the first 90 days? What are the biggest challenges for the team? How do you support growth for a {job}?
job|How do I answer "what is your biggest weakness" in an interview||Pick a real but manageable weakness, show what you're doing about it, and give a short example of progress.
job|My salary is {salary}. Help me write a message asking for a raise||Hi, could we schedule time to talk about my compensation? Over the past year I've taken on more responsibility, and I'd like to discuss moving from {salary} to a level that reflects that.
job|Write a resignation letter, I'm leaving on good terms after {years} years||Dear Manager, please accept this letter as notice of my resignation. After {years} years I'm grateful for the opportunities and will help make the transition smooth.
advice|My roommate never cleans up. How do I bring it up without a fight?||Pick a calm moment, talk about specific things rather than their character, and suggest a simple shared schedule. Ask what would work for them too.
advice|How do I tell my friend I can't lend her money again||Be kind and direct: "I care about you, but I can't lend money right now." You don't need to over-explain. If you want, offer another kind of help.
advice|Gift ideas for {gift_for} under $50||Ideas for {gift_for} under $50: something personal like a framed photo, an experience such as a class, or a nice everyday item they wouldn't buy themselves.
advice|I feel burned out at work. Any practical tips?||Protect your evenings, take real breaks, say no to one extra task this week, and talk to your manager about workload. If it persists, talk to a professional.
advice|How do I stop procrastinating when I work from home||Set a start time, break tasks into 25-minute blocks, put your phone in another room, and start with the smallest task to build momentum.
advice|Help me write a toast for my brother's wedding, 2 minutes, a little funny||Start with a short funny story about your brother, say what changed when he met his partner, and end by raising a glass to them both.
info|Explain {topic_info} in simple terms||In simple terms, {topic_info} comes down to a couple of basic ideas. Here's the short version with one everyday example.
info|What's the difference between {diff_pair}?||Short answer on {diff_pair}: they're related but used for different things. Here's how to tell them apart.
info|summarize this article for me: {article}||Summary: the piece reports a local decision, its cost and timeline, and who it affects.
info|Is it true that {myth}?||No, that's a common myth. The evidence doesn't support it.
info|How does {tech_thing} work?||Here's how {tech_thing} works, in three steps, without the jargon.
info|What happened in {hist_event}? short summary||{hist_event} in short: what led up to it, what happened over a few days, and why it still matters.
writing|Write a short story about {story_seed}, around {len} words||Here's a short story about {story_seed}:

The evening was quiet when it began, and by morning nothing was quite the same.
writing|Write a poem about {poem_topic}||A short poem about {poem_topic}:

Slow light on the windowsill,
the kettle humming, the street still.
writing|Fix the grammar: "{bad_sentence}"||Corrected version below, with a note on what changed.
writing|Make this paragraph shorter and clearer: {article}||Shorter version: the decision, the cost and the timeline in two sentences.
writing|Give me a title for my blog post about {hobby}||Some title ideas for a post about {hobby}: "What Nobody Tells You About {hobby}", "My First Month of {hobby}", "{hobby}, Honestly".
fun|Tell me a joke about {joke_topic}||Here's one about {joke_topic}, groan-worthy as promised.
fun|Let's play 20 questions. I'm thinking of an animal||Great! Question 1: does it live in water?
fun|Suggest a movie for tonight, something like {movie}||If you liked {movie}, try something with a similar mood; here are three picks and why.
fun|Give me a fun fact about {animal}||Fun fact about {animal}: they're much smarter than people usually think.
fun|Create a D&D character backstory for a {dnd_class}||Your {dnd_class} grew up on the edge of a port town, owes a debt to a guild, and carries a letter they've never opened.
""",
S = dict(
    excel_task=["count cells that contain a specific word", "remove duplicates but keep the first one", "sum values by month",
                "look up a price from another sheet", "split first and last names into two columns", "highlight dates older than 30 days",
                "make a dropdown list", "undo a commit I already pushed"],
    tool=["Excel", "Google Sheets", "Excel", "Git", "Google Sheets"],
    dsa=["binary trees", "dynamic programming", "graphs", "sliding window", "hash maps", "heaps"],
    subj=["calculus derivatives", "organic chemistry", "photosynthesis", "supply and demand", "linear algebra", "cell biology",
          "hypothesis testing", "macroeconomics", "Newton's laws", "probability", "plate tectonics", "the Krebs cycle",
          "thermodynamics", "the US Constitution", "Spanish past tenses", "Shakespeare's sonnets"],
    hist=["World War I", "the French Revolution", "the Great Depression", "the fall of the Roman Empire", "the American Civil War",
          "the Cold War", "the 2008 financial crisis"],
    essay_topic=["social media and teen mental health", "remote work", "climate adaptation in cities", "the ethics of gene editing",
                 "school uniforms", "universal basic income", "electric cars", "the four-day work week", "financial literacy"],
    course=["English 101", "sociology", "environmental science", "history", "business ethics", "psychology"],
    len=["100", "150", "200", "300", "500", "800"],
    book=["1984", "Pride and Prejudice", "The Great Gatsby", "To Kill a Mockingbird", "Of Mice and Men", "Frankenstein", "The Giver"],
    who=["my boss", "my landlord", "a client", "my professor", "my team", "HR", "my kid's teacher", "a customer", "our supplier"],
    email_purpose=["asking for a deadline extension", "following up on an unpaid invoice", "declining a meeting politely",
                   "requesting a day off next Friday", "complaining about a late delivery", "thanking them after an interview",
                   "asking for a raise", "reporting a broken heater", "asking to reschedule our call", "introducing myself as the new account manager"],
    tone=["friendly", "formal", "professional", "short", "warm", "casual"],
    date_day=["15th", "22nd", "3rd of next month", "end of the month"],
    ingredients=["chicken thighs, rice and spinach", "eggs, potatoes and onions", "chickpeas, coconut milk and spinach",
                 "ground beef, beans and tortillas", "pasta, canned tomatoes and garlic", "tofu, broccoli and soy sauce",
                 "leftover rice and frozen peas", "salmon, lemon and asparagus"],
    dish=["chicken curry", "banana bread", "lasagna", "vegetable stir fry", "chili", "pancakes", "shakshuka", "beef stew",
          "lentil soup", "fish tacos", "fried rice", "mac and cheese", "cornbread"],
    people=["2", "4", "6", "8"],
    city=["Lisbon", "Tokyo", "Mexico City", "Rome", "Chicago", "Seoul", "Barcelona", "Istanbul", "Vancouver", "Bangkok", "Prague",
          "New Orleans", "Edinburgh", "Hanoi", "Cape Town", "Denver"],
    days=["3", "4", "5", "7", "10"],
    symptom=["a sore throat for three days", "lower back pain after running", "trouble sleeping for two weeks",
             "headaches every afternoon", "a rash on my arm that itches", "heartburn after dinner", "knee pain when I climb stairs",
             "felt tired all the time lately", "a dry cough that won't go away"],
    pain_area=["lower back pain", "a stiff neck from sitting all day", "tight hips", "wrist pain from typing"],
    age=["29", "34", "41", "52", "23", "38"],
    height_cm=["165", "172", "180", "158", "185"],
    photo=["the beach at sunset", "my homemade pizza", "me and my friends hiking", "my new apartment", "my garden's first tomatoes",
           "a rainy day in the city", "my graduation"],
    hobby=["running", "baking sourdough", "photography", "chess", "gardening", "learning guitar", "hiking", "knitting", "home coffee"],
    linkedin_news=["finishing my AWS certification", "starting a new job as a {job}", "my team's product launch",
                   "leaving my job after five years", "what I learned from my first year as a manager", "being laid off and looking for work"],
    opinion_topic=["the new school board decision", "why our town needs more bike lanes", "rising rent in our city",
                   "the election next month and why I'm voting", "the price of groceries", "the new parking rules downtown"],
    product=["handmade soy candles", "a ceramic coffee mug", "organic dog treats", "a leather wallet", "a kids' wooden puzzle",
             "a reusable water bottle", "a linen tote bag"],
    company_type=["a local bakery", "a dental clinic", "a yoga studio", "a landscaping business", "an online vintage clothing shop",
                  "a food truck", "a small accounting firm", "a dog grooming salon", "a bike repair shop", "a family-run pizzeria"],
    platform=["Instagram", "Facebook", "LinkedIn", "TikTok"],
    post_about=["our first anniversary", "a new fall menu", "a weekend sale", "that we are hiring", "our new opening hours",
                "a customer appreciation day"],
    job=["software engineer", "nurse", "marketing coordinator", "data analyst", "barista", "teacher", "project manager",
         "accountant", "UX designer", "warehouse supervisor", "graphic designer", "customer service representative"],
    years=["2", "3", "5", "7", "10"],
    bullet=["Responsible for social media", "helped customers with problems", "did data entry and reports",
            "managed a team", "worked on the company website", "handled inventory"],
    salary=["$52,000", "$68,000", "$45,000", "$90,000"],
    gift_for=["my mom's 60th birthday", "my girlfriend", "a coworker who is leaving", "a 10 year old nephew", "my dad who likes fishing",
              "a new neighbor"],
    topic_info=["how vaccines work", "why the sky is blue", "how interest rates affect mortgages", "what a Roth IRA is",
                "how black holes form", "how credit scores are calculated", "what causes inflation", "how solar panels work"],
    diff_pair=["a virus and bacteria", "weather and climate", "a Roth IRA and a 401k", "baking soda and baking powder",
               "an LLC and a sole proprietorship", "RAM and storage", "affect and effect"],
    article=["The city council voted on Tuesday to extend the bus line to the new hospital. Construction is expected to start in spring and cost about 40 million dollars, paid partly by a state grant.",
             "Researchers found that people who walked at least 7,000 steps a day had a lower risk of heart disease than those who walked fewer than 4,000. The study followed 2,100 adults for ten years.",
             "The library will close for renovations from November to February. During that time, books can be returned at the community center on Main Street."],
    myth=["we only use 10% of our brain", "cracking your knuckles causes arthritis", "you should wait an hour after eating to swim",
          "goldfish have a 3 second memory", "sugar makes kids hyper"],
    tech_thing=["GPS", "a credit card chip", "noise cancelling headphones", "Wi-Fi", "a heat pump", "an electric car battery"],
    hist_event=["the Cuban missile crisis", "the fall of the Berlin Wall", "the moon landing", "the Chernobyl accident"],
    story_seed=["a lighthouse keeper who finds a letter", "a robot learning to cook", "two strangers stuck in an elevator",
                "a girl who can hear plants", "the last bookstore in town"],
    poem_topic=["autumn", "my grandmother's kitchen", "the ocean at night", "moving to a new city", "my cat"],
    bad_sentence=["me and him goes to the store yesterday", "their going to be late because of there car",
                  "I has been working here since three years", "The datas shows that sales is increasing"],
    joke_topic=["programmers", "cats", "coffee", "accountants", "Mondays"],
    movie=["Inception", "The Grand Budapest Hotel", "Knives Out", "Spirited Away", "The Martian"],
    animal=["octopuses", "crows", "axolotls", "elephants", "sloths"],
    dnd_class=["half-elf bard", "dwarf cleric", "tiefling warlock", "human ranger"],
),
R = {
    "code": ["The error \"{err}\" happens because of how the value is used before it's ready. Here's a fixed version:\n\n```\n{fix}\n```\n\nThe key change is in the first lines.",
             "Good question. In {plang}, \"{err}\" usually means the object isn't what you expect at that point. Try this:\n\n```\n{fix}\n```",
             "Here's a cleaner way to write it:\n\n```\n{fix}\n```\nThis avoids the problem and is easier to read."],
    "study": ["Sure! Here's a clear overview of {subj}:\n\n1. The basic idea\n2. A simple example\n3. Common mistakes students make\n\nWant me to add practice questions?",
              "Here's a plan you can follow. Days 1-2: review the core concepts. Days 3-4: practice problems. Last day: a timed mock exam and review of mistakes."],
    "email": ["Subject: Quick follow-up\n\nHi,\n\nI hope you're doing well. I'm writing regarding the matter we discussed. Could you let me know by the end of the week? Thank you for your help.\n\nBest regards,",
              "Here's a {tone} version:\n\nHello,\n\nThank you for your message. I wanted to reach out about this and see if we can find a solution that works for both of us.\n\nKind regards,"],
    "food": ["Here's an easy idea: {dish}. You'll need about 40 minutes. Start by prepping your vegetables, then cook the base over medium heat, season well and finish with fresh herbs.",
             "Great combination! You could make a quick one-pan dish: cook the protein first, add the vegetables, season with garlic, salt and pepper, and serve over rice."],
    "travel": ["Here's a {days}-day itinerary for {city}:\n\nDay 1: old town walk and a food market\nDay 2: museums in the morning, viewpoint at sunset\nDay 3: a day trip nearby\n\nTip: buy a transit pass on arrival.",
               "{city} is generally fine for visitors if you take normal precautions: stay in busy, well-lit areas at night and keep an eye on your phone in crowded places."],
    "health": ["I'm not a doctor, but here's some general information. Mild cases often improve with rest and fluids. If it lasts more than a week, gets worse, or you have a fever, it's a good idea to see a doctor.",
               "Here's a simple routine to start with: 10 minutes of warm-up, three rounds of squats, push-ups and planks, then stretching. Rest a day between sessions."],
    "social": ["Here are a few options:\n\n1. Sunsets like this remind me to slow down.\n2. Small wins, big smiles.\n3. Not a bad way to spend a Sunday.",
               "Here's a draft you can adjust so it sounds like you:\n\nI've been thinking about this a lot lately, and I want to share where I stand, respectfully."],
    "biz": ["Here's a short, friendly description:\n\nMade by hand in small batches, this piece is built to last and looks great anywhere. A thoughtful gift, or a little treat for yourself.",
            "Some ideas: 1. Local partnerships 2. A loyalty card 3. Short videos showing behind the scenes 4. A seasonal promotion 5. Ask happy customers for reviews."],
    "job": ["Dear Hiring Manager,\n\nI'm excited to apply for the {job} position. Over the past {years} years I've built strong skills in communication, organization and problem solving, and I'd love to bring them to your team.\n\nSincerely,",
            "Stronger version: \"Grew engagement by 35% in six months by planning weekly content and tracking results.\" Use action verbs and numbers where you can."],
    "advice": ["That's a tough spot. Try choosing a calm moment, describe the specific issue rather than the person, and suggest a simple plan together, like a shared cleaning schedule.",
               "A few practical tips: set clear start and stop times, take short breaks, and pick one small task to begin with. Progress builds momentum."],
    "info": ["In simple terms: {topic_info} comes down to a few basic ideas. First, ... Second, ... The short version is that small causes add up to the effect you notice.",
             "Here's a short summary: the main point is that the decision affects residents directly, the cost is shared, and the timeline starts next year."],
    "writing": ["Here's a version:\n\nThe wind carried the smell of salt through the open window, and for the first time in years she felt like staying.",
                "Corrected: \"He and I went to the store yesterday.\" The subject pronoun is needed here, and the verb should be in the past tense."],
    "fun": ["Why do programmers prefer dark mode? Because light attracts bugs!",
            "Fun fact: octopuses have three hearts and blue blood. Two hearts pump blood to the gills and one to the rest of the body."],
    "*": ["Sure! Here's what I'd suggest. Let me know if you want me to adjust anything.",
          "Happy to help. Here's a clear answer, and I can go into more detail on any part."],
},
F = ["make it shorter", "can you make it more formal?", "thanks! can you give me another version", "more casual please",
     "ok now in bullet points", "that didn't work, same error", "perfect thank you", "can you explain the second part again?",
     "add a bit more detail", "translate that into Spanish", "less cheesy pls", "great, and a subject line?", "what if I only have 20 minutes?"],
FR = ["Sure, here's a shorter version.", "Of course. Here's a more formal version.", "Here's another take on it.",
      "No problem! Here it is in bullet points.", "Let's try a different approach.", "You're welcome! Good luck.",
      "Of course, let me explain that part again step by step."],
C = ["hi", "hello", "write a cover letter", "summarize this", "what can you do?", "tell me a joke", "help me write an email",
     "fix my grammar", "explain this like I'm five", "give me ideas for dinner tonight"],
REF = "I'm sorry, but I can't help with that.",
TR = ["translate to {tgt}: {src}", "How do you say this in {tgt}? \"{src}\"", "Can you translate this into {tgt}, natural not word by word: {src}"],
TR_TARGETS = ["es", "fr", "de", "ja", "zh", "pt", "ko"],
)
