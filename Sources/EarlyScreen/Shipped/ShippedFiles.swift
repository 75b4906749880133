// Generated from Instruments/ by scripts/embed-instruments; do not edit by hand.
// The built-in instrument set, so the executable works copied alone to another machine.
enum ShippedFiles {
    static let files: [(path: String, text: String)] = [
        ("Instruments/cdc-ltsae.yaml", #"""
# CDC "Learn the Signs. Act Early." milestone checklists (2022 revision), 2 months to 5 years.
# A surveillance tool, not a screening test: it tells staff when to talk with the parent and to
# screen with a validated tool. Milestone labels are short summaries in our own words.
format: earlyscreen/instrument@1
id: cdc-ltsae
version: "2022"
title:
  en: CDC milestone checklist
  az: CDC inkişaf mərhələləri siyahısı
  ru: Чек-лист этапов развития CDC
summary:
  en: Milestones most children (75%) reach by each age, from 2 months to 5 years; any milestone not yet seen, a lost skill or a parent's concern means talking with the doctor about developmental screening.
  az: Hər yaşa qədər uşaqların çoxunun (75%) əldə etdiyi inkişaf mərhələləri, 2 aylıqdan 5 yaşadək; görülməyən mərhələ, itirilmiş bacarıq və ya valideynin narahatlığı həkimlə inkişaf skrininqini müzakirə etmək deməkdir.
  ru: Навыки, которыми к каждому возрасту владеет большинство детей (75%), от 2 месяцев до 5 лет; не появившийся навык, утраченный навык или беспокойство родителя — повод обсудить с врачом скрининг развития.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Zubler JM, Wiggins LD, Macias MM, Whitaker TM, Shaw JS, Squires JK, Pajek JA, Wolf RB,
    Slaughter KS, Broughton AS, Gerndt KL, Mlodoch BJ, Lipkin PH. Evidence-Informed Milestones for
    Developmental Surveillance Tools. Pediatrics. 2022;149(3):e2021052138.
    doi:10.1542/peds.2021-052138. US Centers for Disease Control and Prevention, "Learn the Signs.
    Act Early." milestone checklists (2022).
  url: https://www.cdc.gov/act-early/
  notes: >-
    Checklists at 2, 4, 6, 9, 12, 15, 18, 24 and 30 months and 3, 4 and 5 years (forms 36m, 48m,
    60m); each milestone sits at the age by which at least 75% of children show it. Action rule
    (CDC): a milestone not met, a skill lost, or a parent's concern means talking with the child's
    doctor and asking about developmental screening; all milestones met and no concern means on
    track. Between checklist ages the younger checklist is used (CDC's own example: a 20-month-old
    gets the 18-month list), so each form's window runs to the month before the next list; the
    5-year list is kept until the sixth birthday, our reading of the same rule (no later list
    exists). Prematurity (CDC WIC guide): a child born before 37 weeks uses the checklist for the
    corrected age; the CDC states no age at which correction stops, and the AAP corrected-age
    guidance it links to corrects for about the first two years, so correction stops at 24 months
    chronological age (the usual convention, also the SWYC's).
    Milestones per form and their order follow an open-source transcription of the 2022 lists
    whose counts per domain match the published checklists as far as checked (the CDC PDFs were
    not opened here); item ids are domain and position (sel social-emotional, lang language, cog
    cognitive, mov movement). Design choices, not CDC facts - the paper checklist has tick boxes
    only: answers are yes / not sure / not yet, and "not sure" is treated like "not yet" (a prompt
    to talk, never reassurance); the two questions about a lost skill and a parent's concern are
    asked on every form. A checklist result is never a diagnosis and never a screening result: a
    milestone not yet or a parent's concern gives "monitor", with developmental screening
    recommended. A lost skill is read differently: loss of language or social skills at any age is
    an absolute indication for prompt evaluation in the autism practice parameter of the American
    Academy of Neurology and Child Neurology Society (Filipek PA et al. Neurology
    2000;55:468-479), so a lost skill refers urgently to a developmental paediatrician. The
    question asks about any skill; a lost motor skill is read the same way (a conservative choice).
    Local policy (earlyscreen): with more than 2 entries unanswered, no reassuring result is given
    (any unanswered milestone already keeps the list from reading on track).
license:
  holder: US Centers for Disease Control and Prevention (CDC)
  terms: >-
    CDC materials are free and may be printed and customised with local contact information. A
    formal public-domain statement for the 2022 checklists was not found; the milestones paper is
    copyright of the American Academy of Pediatrics.
  before_use: >-
    Confirm the checklists' public-domain status with the CDC, and have the az and ru labels
    reviewed, before showing this checklist to parents; this file's labels are summaries for staff.
ages: {min_months: 2, max_months: 71, basis: corrected}
prematurity: {term_weeks: 40, born_before_weeks: 37, until_months: 24}
form_mismatch: warning
missing: {max_items: 2}  # local policy, see source.notes

option_sets:
  milestone:
    - {id: "yes", points: 0, label: {en: "Yes", az: "Bəli", ru: "Да"}}
    - {id: not_sure, points: 1, label: {en: "Not sure", az: "Əmin deyiləm", ru: "Не уверен(а)"}}
    - {id: not_yet, points: 1, label: {en: "Not yet", az: "Hələ yox", ru: "Пока нет"}}
  flag:
    - {id: "no", points: 0, label: {en: "No", az: "Xeyr", ru: "Нет"}}
    - {id: "yes", points: 1, label: {en: "Yes", az: "Bəli", ru: "Да"}}

forms:
  - id: "2m"
    ages: {min_months: 2, max_months: 3}
    items:
      - {id: sel1, options: milestone, label: {en: "Settles when talked to or picked up", az: "Danışanda və ya qucağa alanda sakitləşir", ru: "Успокаивается, когда с ним говорят или берут на руки"}}
      - {id: sel2, options: milestone, label: {en: "Looks at the caregiver's face", az: "Baxıcının üzünə baxır", ru: "Смотрит в лицо взрослому"}}
      - {id: sel3, options: milestone, label: {en: "Seems glad when the caregiver comes near", az: "Baxıcı yaxınlaşanda sevinir", ru: "Радуется, когда взрослый подходит"}}
      - {id: sel4, options: milestone, label: {en: "Smiles back when talked to or smiled at", az: "Onunla danışanda və ya gülümsəyəndə cavab olaraq gülümsəyir", ru: "Улыбается в ответ на речь или улыбку"}}
      - {id: lang1, options: milestone, label: {en: "Makes sounds other than crying", az: "Ağlamaqdan başqa səslər çıxarır", ru: "Издаёт звуки, кроме плача"}}
      - {id: lang2, options: milestone, label: {en: "Reacts to loud noises", az: "Bərk səslərə reaksiya verir", ru: "Реагирует на громкие звуки"}}
      - {id: cog1, options: milestone, label: {en: "Follows the caregiver with the eyes", az: "Baxıcını gözləri ilə izləyir", ru: "Следит глазами за движущимся взрослым"}}
      - {id: cog2, options: milestone, label: {en: "Looks at a toy for a few seconds", az: "Oyuncağa bir neçə saniyə baxır", ru: "Несколько секунд смотрит на игрушку"}}
      - {id: mov1, options: milestone, label: {en: "Lifts the head while lying on the tummy", az: "Qarnı üstə uzananda başını qaldırır", ru: "Поднимает голову, лёжа на животе"}}
      - {id: mov2, options: milestone, label: {en: "Moves both arms and both legs", az: "Hər iki qolunu və ayağını hərəkət etdirir", ru: "Двигает обеими руками и ногами"}}
      - {id: mov3, options: milestone, label: {en: "Opens the hands for a moment", az: "Əllərini qısa müddətə açır", ru: "Ненадолго раскрывает ладони"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "4m"
    ages: {min_months: 4, max_months: 5}
    items:
      - {id: sel1, options: milestone, label: {en: "Smiles on its own to get attention", az: "Diqqət çəkmək üçün özü gülümsəyir", ru: "Сам улыбается, чтобы привлечь внимание"}}
      - {id: sel2, options: milestone, label: {en: "Chuckles when you try to make it laugh", az: "Güldürməyə çalışanda xısın-xısın gülür", ru: "Посмеивается, когда его смешат"}}
      - {id: sel3, options: milestone, label: {en: "Uses looks, movement or sounds to get or keep attention", az: "Diqqəti cəlb etmək və ya saxlamaq üçün baxır, hərəkət edir və ya səs çıxarır", ru: "Взглядом, движениями или звуками привлекает и удерживает внимание"}}
      - {id: lang1, options: milestone, label: {en: "Coos (vowel sounds such as ooo, aah)", az: "Uğuldayır (uuu, aaa kimi səslər)", ru: "Гулит (звуки вроде «ууу», «ааа»)"}}
      - {id: lang2, options: milestone, label: {en: "Answers with sounds when talked to", az: "Onunla danışanda səslərlə cavab verir", ru: "Отвечает звуками, когда с ним говорят"}}
      - {id: lang3, options: milestone, label: {en: "Turns the head toward your voice", az: "Səsinizə tərəf başını çevirir", ru: "Поворачивает голову на ваш голос"}}
      - {id: cog1, options: milestone, label: {en: "Opens the mouth at the sight of breast or bottle when hungry", az: "Ac olanda döşü və ya butulkanı görəndə ağzını açır", ru: "Голодный, открывает рот при виде груди или бутылочки"}}
      - {id: cog2, options: milestone, label: {en: "Looks at own hands with interest", az: "Öz əllərinə maraqla baxır", ru: "С интересом рассматривает свои руки"}}
      - {id: mov1, options: milestone, label: {en: "Holds the head steady without support when held", az: "Qucaqda başını dayaqsız sabit saxlayır", ru: "На руках держит голову ровно без поддержки"}}
      - {id: mov2, options: milestone, label: {en: "Holds a toy put in the hand", az: "Əlinə verilən oyuncağı tutur", ru: "Держит вложенную в руку игрушку"}}
      - {id: mov3, options: milestone, label: {en: "Swings an arm at toys", az: "Oyuncaqlara qolunu yelləyir", ru: "Машет рукой по игрушкам"}}
      - {id: mov4, options: milestone, label: {en: "Brings the hands to the mouth", az: "Əllərini ağzına aparır", ru: "Тянет руки в рот"}}
      - {id: mov5, options: milestone, label: {en: "Pushes up on elbows or forearms on the tummy", az: "Qarnı üstə dirsəklərinə dayanıb qalxır", ru: "Лёжа на животе, опирается на локти или предплечья"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "6m"
    ages: {min_months: 6, max_months: 8}
    items:
      - {id: sel1, options: milestone, label: {en: "Recognises familiar people", az: "Tanış adamları tanıyır", ru: "Узнаёт знакомых людей"}}
      - {id: sel2, options: milestone, label: {en: "Enjoys looking at self in a mirror", az: "Güzgüdə özünə baxmağı xoşlayır", ru: "Любит смотреть на себя в зеркало"}}
      - {id: sel3, options: milestone, label: {en: "Laughs", az: "Gülür", ru: "Смеётся"}}
      - {id: lang1, options: milestone, label: {en: "Takes turns making sounds with you", az: "Sizinlə növbə ilə səs çıxarır", ru: "По очереди с вами издаёт звуки"}}
      - {id: lang2, options: milestone, label: {en: "Blows raspberries", az: "Dodaqları ilə «pırr» edir", ru: "Делает губами «пррр»"}}
      - {id: lang3, options: milestone, label: {en: "Squeals", az: "Çığırtı kimi səslər çıxarır", ru: "Взвизгивает"}}
      - {id: cog1, options: milestone, label: {en: "Mouths things to explore them", az: "Əşyaları öyrənmək üçün ağzına aparır", ru: "Тянет предметы в рот, исследуя их"}}
      - {id: cog2, options: milestone, label: {en: "Reaches to grab a wanted toy", az: "İstədiyi oyuncağı tutmaq üçün uzanır", ru: "Тянется схватить нужную игрушку"}}
      - {id: cog3, options: milestone, label: {en: "Closes the lips to refuse more food", az: "Daha yemək istəmədiyini dodaqlarını yumaqla göstərir", ru: "Сжимает губы, когда больше не хочет есть"}}
      - {id: mov1, options: milestone, label: {en: "Rolls from tummy onto back", az: "Qarnı üstündən arxası üstə çevrilir", ru: "Переворачивается с живота на спину"}}
      - {id: mov2, options: milestone, label: {en: "Pushes up on straight arms on the tummy", az: "Qarnı üstə düz qollarına dayanıb qalxır", ru: "Лёжа на животе, поднимается на прямых руках"}}
      - {id: mov3, options: milestone, label: {en: "Leans on the hands for support when sitting", az: "Oturanda əllərinə dayanır", ru: "Сидя, опирается на руки"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "9m"
    ages: {min_months: 9, max_months: 11}
    items:
      - {id: sel1, options: milestone, label: {en: "Shy, clingy or fearful with strangers", az: "Yad adamlardan utanır, qorxur və ya sizdən ayrılmır", ru: "Стесняется или боится чужих, держится за вас"}}
      - {id: sel2, options: milestone, label: {en: "Shows several facial expressions (happy, sad, angry, surprised)", az: "Bir neçə üz ifadəsi göstərir (sevinc, kədər, hirs, təəccüb)", ru: "Показывает разные выражения лица (радость, грусть, злость, удивление)"}}
      - {id: sel3, options: milestone, label: {en: "Looks when called by name", az: "Adı ilə çağıranda baxır", ru: "Оборачивается, когда зовут по имени"}}
      - {id: sel4, options: milestone, label: {en: "Reacts when you leave (looks, reaches or cries)", az: "Siz gedəndə reaksiya verir (baxır, uzanır və ya ağlayır)", ru: "Реагирует на ваш уход (смотрит, тянется или плачет)"}}
      - {id: sel5, options: milestone, label: {en: "Smiles or laughs at peek-a-boo", az: "«Ku-ku» oyununda gülümsəyir və ya gülür", ru: "Улыбается или смеётся при игре в «ку-ку»"}}
      - {id: lang1, options: milestone, label: {en: "Babbles repeated syllables (mamama, bababa)", az: "Təkrar hecalar deyir (mamama, bababa)", ru: "Лепечет повторами слогов («мамама», «бабаба»)"}}
      - {id: lang2, options: milestone, label: {en: "Raises the arms to be picked up", az: "Qucağa alınmaq üçün qollarını qaldırır", ru: "Поднимает руки, чтобы его взяли"}}
      - {id: cog1, options: milestone, label: {en: "Searches for things dropped out of sight", az: "Gözdən itən əşyanı axtarır", ru: "Ищет упавший из виду предмет"}}
      - {id: cog2, options: milestone, label: {en: "Bangs two objects together", az: "İki əşyanı bir-birinə vurur", ru: "Стучит двумя предметами друг о друга"}}
      - {id: mov1, options: milestone, label: {en: "Gets into sitting without help", az: "Köməksiz oturma vəziyyətinə keçir", ru: "Сам садится"}}
      - {id: mov2, options: milestone, label: {en: "Passes things from hand to hand", az: "Əşyaları bir əlindən o birinə keçirir", ru: "Перекладывает предметы из руки в руку"}}
      - {id: mov3, options: milestone, label: {en: "Rakes food toward self with the fingers", az: "Barmaqları ilə yeməyi özünə tərəf çəkir", ru: "Подгребает еду к себе пальцами"}}
      - {id: mov4, options: milestone, label: {en: "Sits without support", az: "Dayaqsız oturur", ru: "Сидит без поддержки"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "12m"
    ages: {min_months: 12, max_months: 14}
    items:
      - {id: sel1, options: milestone, label: {en: "Plays games such as pat-a-cake", az: "«Ladu-ladu» kimi oyunlar oynayır", ru: "Играет в игры вроде «ладушек»"}}
      - {id: lang1, options: milestone, label: {en: "Waves bye-bye", az: "Əl yelləyib sağollaşır", ru: "Машет «пока-пока»"}}
      - {id: lang2, options: milestone, label: {en: "Has a special name for a parent (mama, dada or similar)", az: "Valideyni xüsusi adla çağırır (ana, ata və s.)", ru: "Называет родителя особым словом («мама», «папа» и т. п.)"}}
      - {id: lang3, options: milestone, label: {en: "Understands no (pauses or stops)", az: "«Yox» sözünü anlayır (dayanır)", ru: "Понимает «нельзя» (замирает или останавливается)"}}
      - {id: cog1, options: milestone, label: {en: "Puts an object into a container", az: "Əşyanı qaba qoyur", ru: "Кладёт предмет в ёмкость"}}
      - {id: cog2, options: milestone, label: {en: "Finds a toy hidden while watching", az: "Gözü qarşısında gizlədilən oyuncağı tapır", ru: "Находит игрушку, спрятанную у него на глазах"}}
      - {id: mov1, options: milestone, label: {en: "Pulls up to stand", az: "Tutunub ayağa qalxır", ru: "Встаёт, держась за опору"}}
      - {id: mov2, options: milestone, label: {en: "Walks holding on to furniture", az: "Mebelə tutunaraq yeriyir", ru: "Ходит, держась за мебель"}}
      - {id: mov3, options: milestone, label: {en: "Drinks from an open cup that you hold", az: "Sizin tutduğunuz qapaqsız stəkandan içir", ru: "Пьёт из открытой чашки, которую держите вы"}}
      - {id: mov4, options: milestone, label: {en: "Picks up small things with thumb and index finger", az: "Xırda əşyaları baş və şəhadət barmaqları ilə götürür", ru: "Берёт мелкие предметы большим и указательным пальцами"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "15m"
    ages: {min_months: 15, max_months: 17}
    items:
      - {id: sel1, options: milestone, label: {en: "Copies other children in play", az: "Oyunda başqa uşaqları təkrarlayır", ru: "В игре повторяет за другими детьми"}}
      - {id: sel2, options: milestone, label: {en: "Shows you an object it likes", az: "Xoşuna gələn əşyanı sizə göstərir", ru: "Показывает вам понравившийся предмет"}}
      - {id: sel3, options: milestone, label: {en: "Claps when excited", az: "Həyəcanlananda əl çalır", ru: "Хлопает в ладоши от радости"}}
      - {id: sel4, options: milestone, label: {en: "Hugs a soft toy or doll", az: "Yumşaq oyuncağı və ya gəlinciyi qucaqlayır", ru: "Обнимает мягкую игрушку или куклу"}}
      - {id: sel5, options: milestone, label: {en: "Shows affection (hugs, cuddles, kisses)", az: "Məhəbbət göstərir (qucaqlayır, sığınır, öpür)", ru: "Проявляет нежность (обнимает, ласкается, целует)"}}
      - {id: lang1, options: milestone, label: {en: "Tries one or two words besides mama or dada", az: "Ana və atadan başqa bir-iki söz deməyə çalışır", ru: "Пытается сказать одно-два слова, кроме «мама» и «папа»"}}
      - {id: lang2, options: milestone, label: {en: "Looks at a familiar object when you name it", az: "Tanış əşyanın adını çəkəndə ona baxır", ru: "Смотрит на знакомый предмет, когда вы его называете"}}
      - {id: lang3, options: milestone, label: {en: "Follows a request given with words and a gesture", az: "Söz və jestlə verilən xahişə əməl edir", ru: "Выполняет просьбу, сказанную словами и жестом"}}
      - {id: lang4, options: milestone, label: {en: "Points to ask for something or for help", az: "Nəsə istəmək və ya kömək üçün barmağı ilə göstərir", ru: "Показывает пальцем, чтобы попросить что-то или помощь"}}
      - {id: cog1, options: milestone, label: {en: "Tries to use objects the right way (phone, cup, book)", az: "Əşyaları düzgün işlətməyə çalışır (telefon, stəkan, kitab)", ru: "Пытается пользоваться вещами по назначению (телефон, чашка, книга)"}}
      - {id: cog2, options: milestone, label: {en: "Stacks at least two small objects", az: "Ən azı iki kiçik əşyanı üst-üstə qoyur", ru: "Ставит друг на друга хотя бы два небольших предмета"}}
      - {id: mov1, options: milestone, label: {en: "Takes a few steps alone", az: "Təkbaşına bir neçə addım atır", ru: "Делает несколько шагов сам"}}
      - {id: mov2, options: milestone, label: {en: "Feeds self some food with the fingers", az: "Barmaqları ilə yeməyin bir qismini özü yeyir", ru: "Сам ест часть еды пальцами"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "18m"
    ages: {min_months: 18, max_months: 23}
    items:
      - {id: sel1, options: milestone, label: {en: "Moves away but checks that you are near", az: "Sizdən uzaqlaşır, amma yaxında olduğunuzu yoxlayır", ru: "Отходит, но проверяет, что вы рядом"}}
      - {id: sel2, options: milestone, label: {en: "Points to show you something interesting", az: "Maraqlı nəyisə göstərmək üçün barmağı ilə göstərir", ru: "Показывает пальцем, чтобы поделиться интересным"}}
      - {id: sel3, options: milestone, label: {en: "Holds out the hands to be washed", az: "Yuyulmaq üçün əllərini uzadır", ru: "Подставляет руки, чтобы их помыли"}}
      - {id: sel4, options: milestone, label: {en: "Looks at a few pages of a book with you", az: "Sizinlə kitabın bir neçə səhifəsinə baxır", ru: "Рассматривает с вами несколько страниц книги"}}
      - {id: sel5, options: milestone, label: {en: "Helps with dressing (arm into sleeve, lifts a foot)", az: "Geyinməyə kömək edir (qolunu qola salır, ayağını qaldırır)", ru: "Помогает одевать себя (продевает руку, поднимает ногу)"}}
      - {id: lang1, options: milestone, label: {en: "Tries three or more words besides mama or dada", az: "Ana və atadan başqa üç və ya daha çox söz deməyə çalışır", ru: "Пытается сказать три и больше слов, кроме «мама» и «папа»"}}
      - {id: lang2, options: milestone, label: {en: "Follows a one-step request without gestures", az: "Jestsiz verilən sadə xahişə əməl edir", ru: "Выполняет простую просьбу без жестов"}}
      - {id: cog1, options: milestone, label: {en: "Imitates chores such as sweeping", az: "Ev işlərini təqlid edir (məsələn, süpürmək)", ru: "Подражает домашним делам (например, подметает)"}}
      - {id: cog2, options: milestone, label: {en: "Plays with toys in a simple way (pushes a car)", az: "Oyuncaqlarla sadə oynayır (maşını itələyir)", ru: "Просто играет с игрушками (катает машинку)"}}
      - {id: mov1, options: milestone, label: {en: "Walks without holding on", az: "Heç nəyə tutunmadan yeriyir", ru: "Ходит, ни за что не держась"}}
      - {id: mov2, options: milestone, label: {en: "Scribbles", az: "Cızma-qara edir", ru: "Черкает каракули"}}
      - {id: mov3, options: milestone, label: {en: "Drinks from an open cup, spilling at times", az: "Qapaqsız stəkandan içir, bəzən dağıdır", ru: "Пьёт из открытой чашки, иногда проливая"}}
      - {id: mov4, options: milestone, label: {en: "Feeds self with the fingers", az: "Barmaqları ilə özü yeyir", ru: "Ест сам пальцами"}}
      - {id: mov5, options: milestone, label: {en: "Tries to use a spoon", az: "Qaşıqdan istifadə etməyə çalışır", ru: "Пытается есть ложкой"}}
      - {id: mov6, options: milestone, label: {en: "Climbs on and off a sofa or chair alone", az: "Divana və ya stula özü çıxıb düşür", ru: "Сам залезает на диван или стул и слезает"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "24m"
    ages: {min_months: 24, max_months: 29}
    items:
      - {id: sel1, options: milestone, label: {en: "Notices when others are hurt or upset", az: "Başqalarının incidiyini və ya kədərləndiyini görür", ru: "Замечает, когда другим больно или они расстроены"}}
      - {id: sel2, options: milestone, label: {en: "Checks your face to see how to react in a new situation", az: "Yeni vəziyyətdə necə davranacağını bilmək üçün üzünüzə baxır", ru: "В новой ситуации смотрит на ваше лицо, чтобы понять, как реагировать"}}
      - {id: lang1, options: milestone, label: {en: "Points to pictures in a book when asked", az: "Soruşanda kitabdakı şəkilləri göstərir", ru: "Показывает картинки в книге по вашей просьбе"}}
      - {id: lang2, options: milestone, label: {en: "Puts at least two words together", az: "Ən azı iki sözü birləşdirir", ru: "Соединяет хотя бы два слова"}}
      - {id: lang3, options: milestone, label: {en: "Points to at least two body parts when asked", az: "Soruşanda bədənin ən azı iki hissəsini göstərir", ru: "Показывает по просьбе хотя бы две части тела"}}
      - {id: lang4, options: milestone, label: {en: "Uses gestures beyond waving and pointing (blows a kiss, nods)", az: "Əl yelləmək və göstərməkdən başqa jestlər işlədir (öpüş göndərir, başını tərpədir)", ru: "Пользуется жестами помимо «пока» и указания (воздушный поцелуй, кивок)"}}
      - {id: cog1, options: milestone, label: {en: "Holds something in one hand while using the other", az: "Bir əlində əşya tutub o biri əli ilə iş görür", ru: "Держит предмет одной рукой, действуя другой"}}
      - {id: cog2, options: milestone, label: {en: "Tries switches, knobs or buttons on toys", az: "Oyuncaqlardakı açar, dəstək və düymələri sınayır", ru: "Пробует выключатели, ручки и кнопки на игрушках"}}
      - {id: cog3, options: milestone, label: {en: "Plays with more than one toy at once", az: "Eyni anda birdən çox oyuncaqla oynayır", ru: "Играет сразу с несколькими игрушками"}}
      - {id: mov1, options: milestone, label: {en: "Kicks a ball", az: "Topa təpik vurur", ru: "Бьёт ногой по мячу"}}
      - {id: mov2, options: milestone, label: {en: "Runs", az: "Qaçır", ru: "Бегает"}}
      - {id: mov3, options: milestone, label: {en: "Walks up a few steps, with or without help", az: "Köməklə və ya köməksiz bir neçə pillə qalxır", ru: "Поднимается на несколько ступенек с помощью или без"}}
      - {id: mov4, options: milestone, label: {en: "Eats with a spoon", az: "Qaşıqla yeyir", ru: "Ест ложкой"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "30m"
    ages: {min_months: 30, max_months: 35}
    items:
      - {id: sel1, options: milestone, label: {en: "Plays beside other children, sometimes with them", az: "Başqa uşaqların yanında, bəzən onlarla birlikdə oynayır", ru: "Играет рядом с другими детьми, иногда вместе с ними"}}
      - {id: sel2, options: milestone, label: {en: "Shows off skills (look at me!)", az: "Bacarığını göstərmək üçün «mənə bax!» deyir", ru: "Показывает свои умения («Смотри!»)"}}
      - {id: sel3, options: milestone, label: {en: "Follows simple routines when told (tidying up toys)", az: "Deyiləndə sadə qaydalara əməl edir (oyuncaqları yığır)", ru: "Выполняет простые привычные дела по просьбе (убирает игрушки)"}}
      - {id: lang1, options: milestone, label: {en: "Says about 50 words", az: "Təxminən 50 söz deyir", ru: "Говорит около 50 слов"}}
      - {id: lang2, options: milestone, label: {en: "Combines two or more words including an action word", az: "Biri hərəkət bildirən iki və ya daha çox sözü birləşdirir", ru: "Соединяет два и больше слов, одно из них — действие"}}
      - {id: lang3, options: milestone, label: {en: "Names things in a book when asked", az: "Soruşanda kitabdakı əşyaların adını deyir", ru: "Называет предметы в книге по вопросу"}}
      - {id: lang4, options: milestone, label: {en: "Says I, me or we", az: "«Mən», «məni» və ya «biz» deyir", ru: "Говорит «я», «меня» или «мы»"}}
      - {id: cog1, options: milestone, label: {en: "Uses objects in pretend play", az: "Oyunda əşyalardan başqa şey kimi istifadə edir", ru: "Использует предметы в игре «понарошку»"}}
      - {id: cog2, options: milestone, label: {en: "Solves simple problems (stands on a stool to reach)", az: "Sadə məsələləri həll edir (çatmaq üçün kətilə çıxır)", ru: "Решает простые задачи (встаёт на табурет, чтобы достать)"}}
      - {id: cog3, options: milestone, label: {en: "Follows two-step instructions", az: "İki addımlı tapşırığa əməl edir", ru: "Выполняет инструкции из двух шагов"}}
      - {id: cog4, options: milestone, label: {en: "Knows at least one colour", az: "Ən azı bir rəngi tanıyır", ru: "Знает хотя бы один цвет"}}
      - {id: mov1, options: milestone, label: {en: "Twists things with the hands (door knobs, lids)", az: "Əlləri ilə burur (qapı dəstəyi, qapaq)", ru: "Крутит руками (дверные ручки, крышки)"}}
      - {id: mov2, options: milestone, label: {en: "Takes off some clothes alone", az: "Bəzi paltarlarını özü çıxarır", ru: "Сам снимает часть одежды"}}
      - {id: mov3, options: milestone, label: {en: "Jumps with both feet off the ground", az: "İki ayağı ilə yerdən tullanır", ru: "Подпрыгивает на обеих ногах"}}
      - {id: mov4, options: milestone, label: {en: "Turns book pages one at a time", az: "Kitab səhifələrini bir-bir çevirir", ru: "Переворачивает страницы книги по одной"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "36m"
    ages: {min_months: 36, max_months: 47}
    items:
      - {id: sel1, options: milestone, label: {en: "Settles within 10 minutes after you leave", az: "Siz gedəndən sonra 10 dəqiqə ərzində sakitləşir", ru: "Успокаивается в течение 10 минут после вашего ухода"}}
      - {id: sel2, options: milestone, label: {en: "Notices other children and joins their play", az: "Başqa uşaqları görür və oyunlarına qoşulur", ru: "Замечает других детей и присоединяется к игре"}}
      - {id: lang1, options: milestone, label: {en: "Keeps up a conversation of at least two exchanges", az: "Ən azı iki növbəli söhbət aparır", ru: "Поддерживает разговор хотя бы из двух обменов репликами"}}
      - {id: lang2, options: milestone, label: {en: "Asks who, what, where or why questions", az: "«Kim», «nə», «harada», «niyə» sualları verir", ru: "Задаёт вопросы «кто», «что», «где», «почему»"}}
      - {id: lang3, options: milestone, label: {en: "Says what is happening in a picture", az: "Şəkildə nə baş verdiyini deyir", ru: "Говорит, какое действие на картинке"}}
      - {id: lang4, options: milestone, label: {en: "Says own first name when asked", az: "Soruşanda adını deyir", ru: "Называет своё имя по вопросу"}}
      - {id: lang5, options: milestone, label: {en: "Speech understood by others most of the time", az: "Nitqini əksər vaxt başqaları başa düşür", ru: "Речь большую часть времени понятна другим"}}
      - {id: cog1, options: milestone, label: {en: "Draws a circle after being shown", az: "Göstəriləndən sonra dairə çəkir", ru: "Рисует круг после показа"}}
      - {id: cog2, options: milestone, label: {en: "Keeps away from hot things when warned", az: "Xəbərdarlıq ediləndə isti əşyalara toxunmur", ru: "Не трогает горячее после предупреждения"}}
      - {id: mov1, options: milestone, label: {en: "Threads items such as large beads", az: "Böyük muncuq kimi əşyaları sapa düzür", ru: "Нанизывает предметы (крупные бусины)"}}
      - {id: mov2, options: milestone, label: {en: "Puts on some clothes alone", az: "Bəzi paltarlarını özü geyinir", ru: "Сам надевает часть одежды"}}
      - {id: mov3, options: milestone, label: {en: "Uses a fork", az: "Çəngəldən istifadə edir", ru: "Пользуется вилкой"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "48m"
    ages: {min_months: 48, max_months: 59}
    items:
      - {id: sel1, options: milestone, label: {en: "Pretends to be someone or something else in play", az: "Oyunda başqa biri və ya nəsə olur", ru: "В игре изображает кого-то другого"}}
      - {id: sel2, options: milestone, label: {en: "Asks to play with other children when none are around", az: "Yaxında uşaq olmayanda başqa uşaqlarla oynamaq istəyir", ru: "Просится поиграть с другими детьми, если их нет рядом"}}
      - {id: sel3, options: milestone, label: {en: "Comforts others who are hurt or sad", az: "İncimiş və ya kədərli olanlara təsəlli verir", ru: "Утешает тех, кому больно или грустно"}}
      - {id: sel4, options: milestone, label: {en: "Avoids danger (such as jumping from heights)", az: "Təhlükədən qaçır (məsələn, hündürdən tullanmır)", ru: "Избегает опасности (например, не прыгает с высоты)"}}
      - {id: sel5, options: milestone, label: {en: "Likes to help", az: "Kömək etməyi xoşlayır", ru: "Любит помогать"}}
      - {id: sel6, options: milestone, label: {en: "Adjusts behaviour to the place", az: "Davranışını olduğu yerə uyğunlaşdırır", ru: "Меняет поведение в зависимости от места"}}
      - {id: lang1, options: milestone, label: {en: "Says sentences of four or more words", az: "Dörd və ya daha çox sözdən ibarət cümlələr qurur", ru: "Говорит предложениями из четырёх и более слов"}}
      - {id: lang2, options: milestone, label: {en: "Says some words of a song, story or rhyme", az: "Mahnı, nağıl və ya şeirdən bəzi sözləri deyir", ru: "Произносит слова из песни, сказки или стишка"}}
      - {id: lang3, options: milestone, label: {en: "Tells about something from the day", az: "Gün ərzində baş verən bir şey haqqında danışır", ru: "Рассказывает о чём-то, что случилось за день"}}
      - {id: lang4, options: milestone, label: {en: "Answers simple what-is-it-for questions", az: "«Bu nə üçündür?» kimi sadə suallara cavab verir", ru: "Отвечает на простые вопросы «для чего это?»"}}
      - {id: cog1, options: milestone, label: {en: "Names a few colours", az: "Bir neçə rəngin adını deyir", ru: "Называет несколько цветов"}}
      - {id: cog2, options: milestone, label: {en: "Says what comes next in a familiar story", az: "Tanış nağılda sonra nə olacağını deyir", ru: "Говорит, что будет дальше в знакомой истории"}}
      - {id: cog3, options: milestone, label: {en: "Draws a person with three or more body parts", az: "Üç və ya daha çox bədən hissəsi olan adam çəkir", ru: "Рисует человека с тремя и более частями тела"}}
      - {id: mov1, options: milestone, label: {en: "Catches a large ball most of the time", az: "Böyük topu əksər vaxt tutur", ru: "Обычно ловит большой мяч"}}
      - {id: mov2, options: milestone, label: {en: "Serves food or pours water with an adult watching", az: "Böyüyün nəzarəti altında özünə yemək çəkir və ya su tökür", ru: "Под присмотром взрослого сам накладывает еду или наливает воду"}}
      - {id: mov3, options: milestone, label: {en: "Undoes some buttons", az: "Bəzi düymələri açır", ru: "Расстёгивает некоторые пуговицы"}}
      - {id: mov4, options: milestone, label: {en: "Holds a crayon with fingers and thumb, not a fist", az: "Karandaşı yumruqla yox, barmaqları ilə tutur", ru: "Держит карандаш пальцами, а не в кулаке"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}
  - id: "60m"
    ages: {min_months: 60, max_months: 71}
    items:
      - {id: sel1, options: milestone, label: {en: "Follows rules or takes turns in games", az: "Oyunlarda qaydalara əməl edir və ya növbə gözləyir", ru: "Соблюдает правила или очерёдность в играх"}}
      - {id: sel2, options: milestone, label: {en: "Sings, dances or acts for you", az: "Sizin üçün oxuyur, rəqs edir və ya səhnəcik göstərir", ru: "Поёт, танцует или разыгрывает сценки для вас"}}
      - {id: sel3, options: milestone, label: {en: "Does simple chores at home", az: "Evdə sadə işlər görür", ru: "Выполняет простые домашние дела"}}
      - {id: lang1, options: milestone, label: {en: "Tells a story with at least two events", az: "Ən azı iki hadisədən ibarət hekayə danışır", ru: "Рассказывает историю хотя бы из двух событий"}}
      - {id: lang2, options: milestone, label: {en: "Answers simple questions about a story", az: "Hekayə haqqında sadə suallara cavab verir", ru: "Отвечает на простые вопросы по рассказу"}}
      - {id: lang3, options: milestone, label: {en: "Keeps a conversation of more than three exchanges", az: "Üçdən çox növbəli söhbət aparır", ru: "Поддерживает разговор более чем из трёх обменов репликами"}}
      - {id: lang4, options: milestone, label: {en: "Uses or recognises simple rhymes", az: "Sadə qafiyələri işlədir və ya tanıyır", ru: "Подбирает или узнаёт простые рифмы"}}
      - {id: cog1, options: milestone, label: {en: "Counts to 10", az: "10-a qədər sayır", ru: "Считает до 10"}}
      - {id: cog2, options: milestone, label: {en: "Names some numbers from 1 to 5 when shown", az: "Göstəriləndə 1-dən 5-ə qədər bəzi rəqəmləri adlandırır", ru: "Называет некоторые цифры от 1 до 5, когда их показывают"}}
      - {id: cog3, options: milestone, label: {en: "Uses time words (yesterday, tomorrow, morning, night)", az: "Zaman sözləri işlədir (dünən, sabah, səhər, gecə)", ru: "Употребляет слова о времени (вчера, завтра, утро, ночь)"}}
      - {id: cog4, options: milestone, label: {en: "Keeps attention 5 to 10 minutes in an activity (screens do not count)", az: "Bir məşğuliyyətdə 5–10 dəqiqə diqqətini saxlayır (ekran sayılmır)", ru: "Удерживает внимание 5–10 минут на занятии (экраны не в счёт)"}}
      - {id: cog5, options: milestone, label: {en: "Writes some letters of own name", az: "Adının bəzi hərflərini yazır", ru: "Пишет некоторые буквы своего имени"}}
      - {id: cog6, options: milestone, label: {en: "Names some letters when shown", az: "Göstəriləndə bəzi hərfləri adlandırır", ru: "Называет некоторые буквы, когда их показывают"}}
      - {id: mov1, options: milestone, label: {en: "Does up some buttons", az: "Bəzi düymələri bağlayır", ru: "Застёгивает некоторые пуговицы"}}
      - {id: mov2, options: milestone, label: {en: "Hops on one foot", az: "Bir ayaq üstündə tullanır", ru: "Прыгает на одной ноге"}}
      - {id: concern, options: flag, label: {en: "The parent has a concern about development or behaviour", az: "Valideynin inkişaf və ya davranışla bağlı narahatlığı var", ru: "У родителя есть беспокойство о развитии или поведении"}}
      - {id: lost_skills, options: flag, label: {en: "Has lost a skill the child once had", az: "Əvvəl bacardığı bir bacarığı itirib", ru: "Утратил навык, который раньше был"}}

scores:
  - id: flags
    title:
      en: Milestones not seen yet, lost skills and concerns
      az: Görülməyən mərhələlər, itirilmiş bacarıqlar və narahatlıqlar
      ru: Не появившиеся навыки, утраченные навыки и беспокойства
    rule: sum(items)

bands:
  - id: discuss_with_provider
    title: {en: Talk about developmental screening, az: İnkişaf skrininqini müzakirə edin, ru: Обсудить скрининг развития}
    when: flags >= 1
    outcome: monitor
    recommend:
      - {referral: developmental-screening, urgency: soon}
  - id: on_track
    title: {en: On track, az: İnkişaf yaşa uyğundur, ru: Развитие по возрасту}
    when: flags == 0
    outcome: no_concern

critical:
  - id: lost_skill
    title:
      en: A skill the child once had is lost; evaluate promptly
      az: Uşaq əvvəl bacardığı bacarığı itirib; təcili qiymətləndirin
      ru: Ребёнок утратил прежний навык; нужна срочная оценка
    when: lost_skills == "yes"
    outcome: refer
    recommend:
      - {referral: developmental-pediatrician, urgency: urgent}

tests:
  - name: every milestone seen and no concern is on track
    age_months: 12
    fill: lowest
    expect: {status: scored, form: 12m, band: on_track, scores: {flags: 0}, outcome: no_concern, referrals: []}
  - name: nothing seen yet, a lost skill and a concern count every one
    age_months: 9
    fill: highest
    expect: {status: scored, form: 9m, band: discuss_with_provider, scores: {flags: 15}, outcome: refer, referrals: [developmental-pediatrician, developmental-screening]}
  - name: one milestone not yet (not walking at 18 months) is enough to talk
    age_months: 18
    fill: lowest
    answers: {mov1: not_yet}
    expect: {form: 18m, band: discuss_with_provider, scores: {flags: 1}, outcome: monitor, referrals: [developmental-screening]}
  - name: not sure counts like not yet
    age_months: 24
    fill: lowest
    answers: {lang2: not_sure}
    expect: {band: discuss_with_provider, scores: {flags: 1}}
  - name: two milestones not yet count two
    age_months: 30
    fill: lowest
    answers: {lang1: not_yet, cog4: not_sure}
    expect: {band: discuss_with_provider, scores: {flags: 2}}
  - name: a parent's concern alone is enough to talk
    age_months: 36
    fill: lowest
    answers: {concern: "yes"}
    expect: {band: discuss_with_provider, scores: {flags: 1}, outcome: monitor}
  - name: a lost skill refers urgently for evaluation (regression, Filipek 2000)
    age_months: 48
    fill: lowest
    answers: {lost_skills: "yes"}
    expect: {band: discuss_with_provider, scores: {flags: 1}, outcome: refer, referrals: [developmental-pediatrician, developmental-screening]}
  - name: a lost skill stands with every other entry unanswered
    age_months: 18
    answers: {lost_skills: "yes"}
    expect: {status: scored, band: discuss_with_provider, outcome: refer, referrals: [developmental-pediatrician, developmental-screening]}
  - name: an unanswered milestone is never on track
    age_months: 6
    fill: lowest
    answers: {mov1: ~}
    expect: {status: incomplete, band: ~, outcome: incomplete, missing: [mov1]}
  - name: an unanswered concern question is never on track
    age_months: 15
    fill: lowest
    answers: {concern: ~}
    expect: {status: incomplete, band: ~, missing: [concern]}
  - name: a milestone not yet stands whatever the unanswered one would be
    age_months: 6
    fill: lowest
    answers: {mov1: ~, sel3: not_yet}
    expect: {status: scored, band: discuss_with_provider, missing: [mov1]}
  - name: nothing answered is incomplete
    age_months: 60
    expect: {status: incomplete, band: ~, outcome: incomplete}
  - name: under 2 months there is no checklist
    age_months: 1
    fill: lowest
    expect: {status: not_applicable}
  - name: from the sixth birthday there is no checklist
    age_months: 72
    fill: lowest
    expect: {status: not_applicable}
  - name: born at 32 weeks, 4 months old is 2 months corrected and gets the 2-month list
    age_months: 4
    gestational_age_weeks: 32
    fill: lowest
    expect: {status: scored, form: 2m, band: on_track}
  - name: born at 36 weeks is before 37, so corrected (4 months old, 3 months corrected)
    age_months: 4
    gestational_age_weeks: 36
    fill: lowest
    expect: {form: 2m}
  - name: born at 37 weeks is not premature for the CDC, so not corrected
    age_months: 4
    gestational_age_weeks: 37
    fill: lowest
    expect: {form: 4m}
  - name: correction stops at 24 months (born at 28 weeks, 26 months old uses the 24-month list)
    age_months: 26
    gestational_age_weeks: 28
    fill: lowest
    expect: {form: 24m}
  - name: correction applies under 24 months (born at 28 weeks, 23 months old is 20 corrected)
    age_months: 23
    gestational_age_weeks: 28
    fill: lowest
    expect: {form: 18m}
  # Each form at both edges of its window: between checklist ages the younger list is used.
  - name: 2 months is the first month of the 2m list
    age_months: 2
    fill: lowest
    expect: {status: scored, form: "2m", band: on_track}
  - name: 3 months is the last month of the 2m list
    age_months: 3
    fill: lowest
    expect: {status: scored, form: "2m", band: on_track}
  - name: 4 months is the first month of the 4m list
    age_months: 4
    fill: lowest
    expect: {status: scored, form: "4m", band: on_track}
  - name: 5 months is the last month of the 4m list
    age_months: 5
    fill: lowest
    expect: {status: scored, form: "4m", band: on_track}
  - name: 6 months is the first month of the 6m list
    age_months: 6
    fill: lowest
    expect: {status: scored, form: "6m", band: on_track}
  - name: 8 months is the last month of the 6m list
    age_months: 8
    fill: lowest
    expect: {status: scored, form: "6m", band: on_track}
  - name: 9 months is the first month of the 9m list
    age_months: 9
    fill: lowest
    expect: {status: scored, form: "9m", band: on_track}
  - name: 11 months is the last month of the 9m list
    age_months: 11
    fill: lowest
    expect: {status: scored, form: "9m", band: on_track}
  - name: 12 months is the first month of the 12m list
    age_months: 12
    fill: lowest
    expect: {status: scored, form: "12m", band: on_track}
  - name: 14 months is the last month of the 12m list
    age_months: 14
    fill: lowest
    expect: {status: scored, form: "12m", band: on_track}
  - name: 15 months is the first month of the 15m list
    age_months: 15
    fill: lowest
    expect: {status: scored, form: "15m", band: on_track}
  - name: 17 months is the last month of the 15m list
    age_months: 17
    fill: lowest
    expect: {status: scored, form: "15m", band: on_track}
  - name: 18 months is the first month of the 18m list
    age_months: 18
    fill: lowest
    expect: {status: scored, form: "18m", band: on_track}
  - name: 23 months is the last month of the 18m list
    age_months: 23
    fill: lowest
    expect: {status: scored, form: "18m", band: on_track}
  - name: 24 months is the first month of the 24m list
    age_months: 24
    fill: lowest
    expect: {status: scored, form: "24m", band: on_track}
  - name: 29 months is the last month of the 24m list
    age_months: 29
    fill: lowest
    expect: {status: scored, form: "24m", band: on_track}
  - name: 30 months is the first month of the 30m list
    age_months: 30
    fill: lowest
    expect: {status: scored, form: "30m", band: on_track}
  - name: 35 months is the last month of the 30m list
    age_months: 35
    fill: lowest
    expect: {status: scored, form: "30m", band: on_track}
  - name: 36 months is the first month of the 36m list
    age_months: 36
    fill: lowest
    expect: {status: scored, form: "36m", band: on_track}
  - name: 47 months is the last month of the 36m list
    age_months: 47
    fill: lowest
    expect: {status: scored, form: "36m", band: on_track}
  - name: 48 months is the first month of the 48m list
    age_months: 48
    fill: lowest
    expect: {status: scored, form: "48m", band: on_track}
  - name: 59 months is the last month of the 48m list
    age_months: 59
    fill: lowest
    expect: {status: scored, form: "48m", band: on_track}
  - name: 60 months is the first month of the 60m list
    age_months: 60
    fill: lowest
    expect: {status: scored, form: "60m", band: on_track}
  - name: 71 months is the last month of the 60m list
    age_months: 71
    fill: lowest
    expect: {status: scored, form: "60m", band: on_track}

"""#),
        ("Instruments/epds.yaml", #"""
# Edinburgh Postnatal Depression Scale: the mother answers about herself at the child's visit.
# Scoring rules (facts) and short labels in our own words only; not the scale's wording.
format: earlyscreen/instrument@1
id: epds
version: "1987"
title:
  en: EPDS maternal depression screen
  az: EPDS — ananın depressiya skrininqi
  ru: EPDS — скрининг депрессии у матери
summary:
  en: Ten items the mother answers about the past week, each scored 0 to 3; total 0 to 30.
  az: Ananın son həftə barədə cavablandırdığı 10 sual, hər biri 0–3 bal; cəmi 0–30.
  ru: Десять вопросов, на которые мать отвечает о прошедшей неделе, каждый 0–3 балла; сумма 0–30.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression. Development of the 10-item
    Edinburgh Postnatal Depression Scale. Br J Psychiatry. 1987;150:782-786. doi:10.1192/bjp.150.6.782
  notes: >-
    Keying (verified): items 1, 2 and 4 score 0, 1, 2, 3 from the first printed answer to the last;
    items 3 and 5 to 10 score 3, 2, 1, 0. Cut-offs: 10 or more "possible depression" and 13 or more
    "probable depression" is the common clinical convention; the original paper's 12/13 and 9/10
    thresholds are commonly cited but were not re-read here, and validated cut-offs differ by
    language and culture: replace them with locally validated values where they exist. Item 10
    (self-harm): any answer other than the last one asks for a same-day safety assessment and makes
    the visit "refer" whatever the total. Not published, so not encoded: a rule for missing answers
    (the engine scores them as a range, and an unanswered item 10 never reads as "no risk"). The
    age window (the child's first year) is the postnatal year in which the scale is used at child visits.
    Local policy (earlyscreen; no published missing-answer rule was found): with more than 1 item
    unanswered, no reassuring result is given; one unanswered item makes the total a range.
license:
  holder: © 1987 The Royal College of Psychiatrists
  terms: >-
    Clinicians and researchers may photocopy the scale for their own use, in full and with the
    1987 citation. Copying and distribution to others or republication in any medium needs written
    permission from the Royal College of Psychiatrists.
  before_use: >-
    Obtain the Royal College of Psychiatrists' written permission before a deployment shows the
    scale's wording, and a validated Azerbaijani or Russian translation with it; this file's labels
    are summaries for staff, not the questions to read to the mother.
ages: {min_months: 0, max_months: 12, basis: chronological}
subject: mother  # she answers about herself; FHIR results are about her, with the child as focus
codes:
  # The EPDS panel, as used for the form by several FHIR implementation guides (checked; see
  # docs/fhir.md). 99046-5 is also labelled EPDS in some artefacts but was not confirmed: not listed.
  - {system: "http://loinc.org", code: 71354-5, display: "Edinburgh Postnatal Depression Scale [EPDS]", verified: true}
missing: {max_items: 1}  # local policy, see source.notes

option_sets:
  first_answer_scores_0:
    - {id: a, points: 0, label: {en: a (first answer), az: a (birinci cavab), ru: а (первый ответ)}}
    - {id: b, points: 1, label: {en: b (second answer), az: b (ikinci cavab), ru: б (второй ответ)}}
    - {id: c, points: 2, label: {en: c (third answer), az: c (üçüncü cavab), ru: в (третий ответ)}}
    - {id: d, points: 3, label: {en: d (last answer), az: d (sonuncu cavab), ru: г (последний ответ)}}
  first_answer_scores_3:
    - {id: a, points: 3, label: {en: a (first answer), az: a (birinci cavab), ru: а (первый ответ)}}
    - {id: b, points: 2, label: {en: b (second answer), az: b (ikinci cavab), ru: б (второй ответ)}}
    - {id: c, points: 1, label: {en: c (third answer), az: c (üçüncü cavab), ru: в (третий ответ)}}
    - {id: d, points: 0, label: {en: d (last answer), az: d (sonuncu cavab), ru: г (последний ответ)}}

items:
  - id: q1
    options: first_answer_scores_0
    label:
      en: Able to laugh and see the funny side
      az: Gülə və işlərin gülməli tərəfini görə bilir
      ru: Может смеяться и видеть смешное
  - id: q2
    options: first_answer_scores_0
    label:
      en: Looks forward to things with enjoyment
      az: Nələrisə həvəslə gözləyir
      ru: С удовольствием ждёт событий
  - id: q3
    options: first_answer_scores_3
    label:
      en: Blames herself when things go wrong, without cause
      az: İşlər pis gedəndə əsassız yerə özünü günahlandırır
      ru: Беспричинно винит себя, когда что-то не так
  - id: q4
    options: first_answer_scores_0
    label:
      en: Anxious or worried for no good reason
      az: Səbəbsiz narahatlıq və ya həyəcan keçirir
      ru: Тревожится или беспокоится без причины
  - id: q5
    options: first_answer_scores_3
    label:
      en: Scared or panicky for no good reason
      az: Səbəbsiz qorxu və ya panika hiss edir
      ru: Испытывает страх или панику без причины
  - id: q6
    options: first_answer_scores_3
    label:
      en: Feels things are getting on top of her
      az: İşlərin öhdəsindən gələ bilmədiyini hiss edir
      ru: Чувствует, что не справляется
  - id: q7
    options: first_answer_scores_3
    label:
      en: So unhappy that sleeping is difficult
      az: O qədər kədərlidir ki, yuxu çətinləşir
      ru: Так несчастна, что трудно спать
  - id: q8
    options: first_answer_scores_3
    label:
      en: Feels sad or miserable
      az: Özünü kədərli və ya bədbəxt hiss edir
      ru: Чувствует грусть или подавленность
  - id: q9
    options: first_answer_scores_3
    label:
      en: So unhappy that she has been crying
      az: O qədər kədərlidir ki, ağlayır
      ru: Так несчастна, что плачет
  - id: q10
    options: first_answer_scores_3
    label:
      en: Thoughts of harming herself
      az: Özünə zərər vermək barədə fikirlər
      ru: Мысли о причинении себе вреда

scores:
  - id: total
    title: {en: Total, az: Cəmi, ru: Сумма}
    rule: sum(q1..q10)

bands:
  - id: none
    title: {en: Depression unlikely, az: Depressiya ehtimalı azdır, ru: Депрессия маловероятна}
    when: total <= 9
    outcome: no_concern
  - id: possible
    title: {en: Possible depression, az: Mümkün depressiya, ru: Возможная депрессия}
    when: total >= 10 and total <= 12
    # Local choice: possible depression is followed up, not left to the next routine visit.
    outcome: follow_up
    recommend:
      - {referral: maternal-mental-health, urgency: soon}
  - id: probable
    title: {en: Probable depression, az: Ehtimal olunan depressiya, ru: Вероятная депрессия}
    when: total >= 13
    outcome: refer
    recommend:
      - {referral: maternal-mental-health, urgency: urgent}

critical:
  - id: self_harm
    title:
      en: Thoughts of self-harm reported; assess safety today
      az: Özünə zərər vermək fikirləri bildirilib; təhlükəsizliyi bu gün qiymətləndirin
      ru: Сообщено о мыслях о самоповреждении; оцените безопасность сегодня
    when: q10 != "d"
    outcome: refer
    recommend:
      - {referral: maternal-mental-health, urgency: same_day}

tests:
  - name: lowest answers everywhere is total 0
    age_months: 2
    fill: lowest
    expect: {status: scored, band: none, scores: {total: 0}, outcome: no_concern, referrals: []}
  - name: highest answers everywhere is total 30 and self-harm fires
    age_months: 2
    fill: highest
    expect: {band: probable, scores: {total: 30}, outcome: refer, referrals: [maternal-mental-health]}
  - name: item 1 is keyed forward (d scores 3)
    age_months: 1
    fill: lowest
    answers: {q1: d}
    expect: {scores: {total: 3}, band: none}
  - name: item 2 is keyed forward (c scores 2)
    age_months: 1
    fill: lowest
    answers: {q2: c}
    expect: {scores: {total: 2}}
  - name: item 4 is keyed forward (b scores 1)
    age_months: 1
    fill: lowest
    answers: {q4: b}
    expect: {scores: {total: 1}}
  - name: item 3 is reverse-keyed (a scores 3)
    age_months: 1
    fill: lowest
    answers: {q3: a}
    expect: {scores: {total: 3}}
  - name: item 5 is reverse-keyed (b scores 2)
    age_months: 1
    fill: lowest
    answers: {q5: b}
    expect: {scores: {total: 2}}
  - name: item 6 is reverse-keyed (c scores 1)
    age_months: 1
    fill: lowest
    answers: {q6: c}
    expect: {scores: {total: 1}}
  - name: items 7, 8 and 9 are reverse-keyed (a scores 3)
    age_months: 1
    fill: lowest
    answers: {q7: a, q8: a, q9: a}
    expect: {scores: {total: 9}, band: none}
  - name: total 9 is the top of none
    age_months: 4
    fill: lowest
    answers: {q1: d, q2: d, q4: d}
    expect: {scores: {total: 9}, band: none, outcome: no_concern}
  - name: total 10 is possible depression
    age_months: 4
    fill: lowest
    answers: {q1: d, q2: d, q4: d, q3: c}
    expect: {scores: {total: 10}, band: possible, outcome: follow_up, referrals: [maternal-mental-health]}
  - name: total 12 is still possible depression
    age_months: 4
    fill: lowest
    answers: {q1: d, q2: d, q4: d, q3: a}
    expect: {scores: {total: 12}, band: possible}
  - name: total 13 is probable depression
    age_months: 4
    fill: lowest
    answers: {q1: d, q2: d, q4: d, q3: a, q5: c}
    expect: {scores: {total: 13}, band: probable, outcome: refer}
  - name: item 10 answer c (1 point) fires self-harm whatever the total
    age_months: 6
    fill: lowest
    answers: {q10: c}
    expect: {status: scored, scores: {total: 1}, band: none, outcome: refer, referrals: [maternal-mental-health]}
  - name: item 10 answer b fires self-harm
    age_months: 6
    fill: lowest
    answers: {q10: b}
    expect: {band: none, outcome: refer}
  - name: item 10 answer a fires self-harm
    age_months: 6
    fill: lowest
    answers: {q10: a}
    expect: {band: none, outcome: refer}
  - name: item 10 answer d (0 points) does not fire
    age_months: 6
    fill: lowest
    answers: {q10: d}
    expect: {band: none, outcome: no_concern, referrals: []}
  - name: unanswered item 10 is never reassurance
    age_months: 6
    fill: lowest
    answers: {q10: ~}
    expect: {status: incomplete, band: ~, outcome: incomplete, missing: [q10]}
  - name: one unanswered item that cannot reach 10 keeps none
    age_months: 6
    fill: lowest
    answers: {q1: ~}
    expect: {status: scored, band: none, missing: [q1]}
  - name: one unanswered item that could lift 7 to 10 makes it incomplete
    age_months: 6
    fill: lowest
    answers: {q1: d, q2: d, q3: c, q4: ~}
    expect: {status: incomplete, band: ~, missing: [q4]}
  - name: one unanswered item that can only reach 9 keeps none
    age_months: 6
    fill: lowest
    answers: {q1: d, q2: d, q4: ~}
    expect: {status: scored, band: none, missing: [q4]}
  - name: at 13 or more a missing answer cannot lower the band
    age_months: 6
    fill: lowest
    answers: {q1: d, q2: d, q4: d, q3: a, q5: c, q6: ~}
    expect: {status: scored, band: probable}
  - name: age 0 months is in range
    age_months: 0
    fill: lowest
    expect: {status: scored}
  - name: age 12 months is the last month in range
    age_months: 12
    fill: lowest
    expect: {status: scored}
  - name: age 13 months is past the range
    age_months: 13
    fill: lowest
    expect: {status: not_applicable}
  - name: a known total of 11 with one item unanswered is at least possible depression
    age_months: 3
    fill: lowest
    answers: {q1: d, q2: d, q4: d, q3: b, q9: ~}
    expect: {status: incomplete, band: ~, band_at_least: possible, outcome: follow_up, referrals: [maternal-mental-health], missing: [q9]}
  - name: self-harm stands past the instrument's ages (13 months)
    age_months: 13
    answers: {q10: a}
    expect: {status: not_applicable, outcome: refer, referrals: [maternal-mental-health]}

"""#),
        ("Instruments/mchat-r.yaml", #"""
# M-CHAT-R, stage 1 of the M-CHAT-R/F autism screen.
# This file holds the published scoring rule (facts) and short item labels in our own words.
# It does not hold the questionnaire's wording: see license.before_use.
format: earlyscreen/instrument@1
id: mchat-r
version: "2009"
title:
  en: M-CHAT-R autism screen (stage 1)
  az: M-CHAT-R autizm skrininqi (1-ci mərhələ)
  ru: Скрининг аутизма M-CHAT-R (этап 1)
summary:
  en: Parent-report screen for autism risk, 20 yes/no items, for toddlers 16 to 30 months.
  az: Autizm riski üçün valideyn sorğusu, 20 bəli/xeyr sualı, 16–30 aylıq uşaqlar üçün.
  ru: Опросник для родителей о риске аутизма, 20 вопросов да/нет, для детей 16–30 месяцев.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Robins DL, Fein D, Barton M. Modified Checklist for Autism in Toddlers, Revised, with
    Follow-Up (M-CHAT-R/F). 2009. Validation: Robins DL, Casagrande K, Barton M, Chen CMA,
    Dumont-Mathieu T, Fein D. Pediatrics. 2014;133(1):37-45.
  url: https://mchatscreen.com
  notes: >-
    Scoring from the authors' scoring instructions: 1 point for each at-risk answer; "no" is the
    at-risk answer for every item except 2, 5 and 12, where "yes" is; total 0-2 low risk,
    3-7 medium risk (give the Follow-Up), 8-20 high risk (refer, Follow-Up may be bypassed).
    Age range 16-30 months as the authors state. Not published, so not encoded: a missing-answer
    rule (the engine scores unanswered items as a range and gives a band only when every way they
    could be answered lands in the same band) and a prematurity correction (ages are chronological).
    The original 1999 M-CHAT's "critical items" do not apply to the M-CHAT-R and are not encoded.
    Local policy (earlyscreen, not the authors'): with more than 2 items unanswered, no reassuring
    result is given; fewer unanswered items are scored as ranges as above.
license:
  holder: © 2009 Diana Robins, Deborah Fein, Marianne Barton
  terms: >-
    Free for clinical, research and educational use; copyrighted, not open source. The tool must
    be used in its entirety, with its title, items, instructions and item order unchanged.
  before_use: >-
    A licence agreement from the authors is required to distribute the M-CHAT-R/F in any
    electronic format (software, EHR, website). A polyclinic must obtain it, and the official
    wording and any approved translation, before showing the questionnaire's items; this file's
    labels are summaries for staff, not the questions to read to parents.
ages: {min_months: 16, max_months: 30, basis: chronological}
missing: {max_items: 2}  # local policy, see source.notes

option_sets:
  no_is_at_risk:
    - {id: "yes", points: 0, label: {en: "Yes", az: "Bəli", ru: "Да"}}
    - {id: "no", points: 1, label: {en: "No", az: "Xeyr", ru: "Нет"}}
  yes_is_at_risk:
    - {id: "yes", points: 1, label: {en: "Yes", az: "Bəli", ru: "Да"}}
    - {id: "no", points: 0, label: {en: "No", az: "Xeyr", ru: "Нет"}}

items:
  - id: q1
    options: no_is_at_risk
    label:
      en: Looks where you point across the room
      az: Otağın o biri başına göstərdiyiniz yerə baxır
      ru: Смотрит туда, куда вы указываете через комнату
  - id: q2
    options: yes_is_at_risk
    label:
      en: You have wondered whether the child might be deaf
      az: Uşağın kar ola biləcəyindən narahat olmusunuz
      ru: Вы задумывались, не глухой ли ребёнок
  - id: q3
    options: no_is_at_risk
    label:
      en: Plays pretend or make-believe
      az: Təxəyyül oyunları oynayır
      ru: Играет в воображаемые игры
  - id: q4
    options: no_is_at_risk
    label:
      en: Likes climbing on things
      az: Əşyaların üstünə dırmaşmağı sevir
      ru: Любит забираться на предметы
  - id: q5
    options: yes_is_at_risk
    label:
      en: Makes unusual finger movements near the eyes
      az: Gözlərinin yaxınında qeyri-adi barmaq hərəkətləri edir
      ru: Делает необычные движения пальцами у глаз
  - id: q6
    options: no_is_at_risk
    label:
      en: Points with one finger to ask for something
      az: Nəyisə istəmək üçün bir barmağı ilə göstərir
      ru: Указывает одним пальцем, чтобы что-то попросить
  - id: q7
    options: no_is_at_risk
    label:
      en: Points with one finger to show you something interesting
      az: Maraqlı bir şeyi göstərmək üçün bir barmağı ilə işarə edir
      ru: Указывает одним пальцем, чтобы показать интересное
  - id: q8
    options: no_is_at_risk
    label:
      en: Is interested in other children
      az: Digər uşaqlarla maraqlanır
      ru: Интересуется другими детьми
  - id: q9
    options: no_is_at_risk
    label:
      en: Brings or holds up things just to share them
      az: Sadəcə bölüşmək üçün əşyaları gətirir və ya göstərir
      ru: Приносит или показывает предметы, чтобы поделиться
  - id: q10
    options: no_is_at_risk
    label:
      en: Responds when called by name
      az: Adı ilə çağırılanda reaksiya verir
      ru: Откликается на своё имя
  - id: q11
    options: no_is_at_risk
    label:
      en: Smiles back when you smile
      az: Ona gülümsəyəndə cavab olaraq gülümsəyir
      ru: Улыбается в ответ на вашу улыбку
  - id: q12
    options: yes_is_at_risk
    label:
      en: Gets upset by everyday noises
      az: Gündəlik səslərdən narahat olur
      ru: Расстраивается от обычных бытовых звуков
  - id: q13
    options: no_is_at_risk
    label:
      en: Walks
      az: Yeriyir
      ru: Ходит
  - id: q14
    options: no_is_at_risk
    label:
      en: Looks you in the eye when you talk, play or dress
      az: Danışanda, oynayanda, geyinəndə gözünüzə baxır
      ru: Смотрит в глаза во время разговора, игры, одевания
  - id: q15
    options: no_is_at_risk
    label:
      en: Copies what you do
      az: Etdiklərinizi təkrarlayır
      ru: Повторяет ваши действия
  - id: q16
    options: no_is_at_risk
    label:
      en: Looks to see what you are looking at when you turn your head
      az: Başınızı çevirəndə baxdığınız yerə baxır
      ru: Смотрит туда же, куда вы повернули голову
  - id: q17
    options: no_is_at_risk
    label:
      en: Tries to get you to watch them
      az: Diqqətinizi özünə cəlb etməyə çalışır
      ru: Старается, чтобы вы на него смотрели
  - id: q18
    options: no_is_at_risk
    label:
      en: Understands a spoken request without a gesture
      az: İşarəsiz deyilən xahişi başa düşür
      ru: Понимает просьбу без жестов
  - id: q19
    options: no_is_at_risk
    label:
      en: Looks at your face to see how you react to something new
      az: Yeni bir şeyə reaksiyanızı görmək üçün üzünüzə baxır
      ru: Смотрит на ваше лицо, чтобы увидеть реакцию на новое
  - id: q20
    options: no_is_at_risk
    label:
      en: Likes movement activities such as swinging or bouncing
      az: Yellənmək, hoppanmaq kimi hərəkətli oyunları sevir
      ru: Любит подвижные игры — качание, подбрасывание

scores:
  - id: total
    title: {en: At-risk answers, az: Risk cavablarının sayı, ru: Число ответов риска}
    rule: sum(q1..q20)

bands:
  - id: low
    title: {en: Low risk, az: Aşağı risk, ru: Низкий риск}
    when: total <= 2
    outcome: no_concern
    recommend:
      # The authors: a child screened before 24 months is screened again at 24 months, so the
      # re-screen is due on the second birthday, not a fixed number of days after this visit.
      - {referral: rescreen, urgency: routine, when: age_months < 24, at_age_months: 24}
  - id: medium
    title: {en: Medium risk, az: Orta risk, ru: Средний риск}
    when: total >= 3 and total <= 7
    outcome: follow_up
    recommend:
      - {referral: mchat-follow-up, urgency: soon}
  - id: high
    title: {en: High risk, az: Yüksək risk, ru: Высокий риск}
    when: total >= 8
    outcome: refer
    recommend:
      - {referral: autism-evaluation, urgency: urgent}
      - {referral: early-intervention, urgency: urgent}

tests:
  - name: no at-risk answers is low risk
    age_months: 20
    fill: lowest
    expect: {status: scored, band: low, scores: {total: 0}, outcome: no_concern, referrals: [rescreen]}
  - name: every answer at risk is high risk
    age_months: 20
    fill: highest
    expect: {status: scored, band: high, scores: {total: 20}, outcome: refer, referrals: [autism-evaluation, early-intervention]}
  - name: item 2 is reverse-keyed (yes is at risk)
    age_months: 24
    fill: lowest
    answers: {q2: "yes"}
    expect: {band: low, scores: {total: 1}, referrals: []}
  - name: item 5 is reverse-keyed (yes is at risk)
    age_months: 24
    fill: lowest
    answers: {q5: "yes"}
    expect: {band: low, scores: {total: 1}}
  - name: item 12 is reverse-keyed (yes is at risk)
    age_months: 24
    fill: lowest
    answers: {q12: "yes"}
    expect: {band: low, scores: {total: 1}}
  - name: no is at risk on item 1
    age_months: 24
    fill: lowest
    answers: {q1: "no"}
    expect: {band: low, scores: {total: 1}}
  - name: total 2 is still low
    age_months: 24
    fill: lowest
    answers: {q2: "yes", q3: "no"}
    expect: {band: low, scores: {total: 2}}
  - name: total 3 is medium
    age_months: 24
    fill: lowest
    answers: {q2: "yes", q3: "no", q10: "no"}
    expect: {band: medium, scores: {total: 3}, outcome: follow_up, referrals: [mchat-follow-up]}
  - name: total 7 is still medium
    age_months: 24
    fill: lowest
    answers: {q1: "no", q2: "yes", q3: "no", q5: "yes", q6: "no", q7: "no", q12: "yes"}
    expect: {band: medium, scores: {total: 7}}
  - name: total 8 is high
    age_months: 24
    fill: lowest
    answers: {q1: "no", q2: "yes", q3: "no", q5: "yes", q6: "no", q7: "no", q12: "yes", q20: "no"}
    expect: {band: high, scores: {total: 8}, outcome: refer}
  - name: a missing answer that cannot change the band leaves it standing
    age_months: 24
    fill: lowest
    answers: {q7: ~}
    expect: {status: scored, band: low, missing: [q7]}
  - name: a missing answer that could move total 2 to 3 makes it incomplete
    age_months: 24
    fill: lowest
    answers: {q2: "yes", q3: "no", q7: ~}
    expect: {status: incomplete, band: ~, band_at_least: low, outcome: incomplete, missing: [q7]}
  - name: medium or high, whichever the missing answer, gives at least the Follow-Up
    age_months: 24
    fill: lowest
    answers: {q1: "no", q2: "yes", q3: "no", q5: "yes", q6: "no", q7: "no", q12: "yes", q20: ~}
    expect: {status: incomplete, band: ~, band_at_least: medium, outcome: follow_up, referrals: [mchat-follow-up], missing: [q20]}
  - name: a missing answer cannot lower total 8 below high
    age_months: 24
    fill: lowest
    answers: {q1: "no", q2: "yes", q3: "no", q5: "yes", q6: "no", q7: "no", q12: "yes", q20: "no", q4: ~}
    expect: {status: scored, band: high}
  - name: nothing answered is incomplete, never low
    age_months: 24
    expect: {status: incomplete, band: ~, outcome: incomplete}
  - name: 15 months is below the age range
    age_months: 15
    fill: lowest
    expect: {status: not_applicable, band: ~, outcome: incomplete}
  - name: 16 months is the first month in range
    age_months: 16
    fill: lowest
    expect: {status: scored, band: low}
  - name: 30 months is the last month in range
    age_months: 30
    fill: lowest
    expect: {status: scored, band: low, referrals: []}
  - name: 31 months is past the age range
    age_months: 31
    fill: lowest
    expect: {status: not_applicable}
  - name: low at 23 months asks for a re-screen after the second birthday
    age_months: 23
    fill: lowest
    expect: {band: low, referrals: [rescreen]}
  - name: low at 24 months needs no re-screen
    age_months: 24
    fill: lowest
    expect: {band: low, referrals: []}

"""#),
        ("Instruments/mchat-rf.yaml", #"""
# M-CHAT-R/F Follow-Up: stage 2 of the M-CHAT-R/F, a structured interview by a clinician.
# Only items failed at stage 1 are asked; the interview's probe questions are the authors' text
# and are not here: the clinician enters each asked item's result as pass or fail.
format: earlyscreen/instrument@1
id: mchat-rf
version: "2009"
title:
  en: M-CHAT-R/F Follow-Up interview (stage 2)
  az: M-CHAT-R/F təqib müsahibəsi (2-ci mərhələ)
  ru: Уточняющее интервью M-CHAT-R/F (этап 2)
summary:
  en: The clinician revisits each item failed at stage 1 and records pass or fail; 2 or more fails is a positive screen.
  az: Həkim 1-ci mərhələdə risk göstərən hər sualı yenidən soruşur və keçdi/keçmədi qeyd edir; 2 və daha çox "keçmədi" müsbət nəticədir.
  ru: Врач повторно разбирает каждый вопрос с ответом риска на 1-м этапе и отмечает «пройден/не пройден»; 2 и более «не пройден» — положительный результат.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Robins DL, Fein D, Barton M. Modified Checklist for Autism in Toddlers, Revised, with
    Follow-Up (M-CHAT-R/F). 2009. Robins DL et al. Pediatrics. 2014;133(1):37-45.
  url: https://mchatscreen.com
  notes: >-
    From the authors' scoring instructions: the Follow-Up is given for the items failed at stage 1
    (medium risk; at high risk it may be bypassed but may also be given); its score is the number of
    items still failed; 2 or more is a positive screen (refer for diagnostic evaluation and early
    intervention), 0-1 negative (screen again at later visits). Items passed at stage 1 are not asked
    and count as passed. Ages as the M-CHAT-R: 16-30 months, chronological.
    Local policy (earlyscreen, not the authors'): with more than 2 follow-up items unanswered, no
    reassuring result is given.
license:
  holder: © 2009 Diana Robins, Deborah Fein, Marianne Barton
  terms: >-
    Free for clinical, research and educational use; copyrighted, not open source; to be used in its
    entirety and unchanged.
  before_use: >-
    A licence agreement from the authors is required to distribute the M-CHAT-R/F in any electronic
    format. The Follow-Up's probe questions must come from the official Follow-Up, used under that licence.
ages: {min_months: 16, max_months: 30, basis: chronological}
follows: {instrument: mchat-r, bands: [medium, high], only_failed_items: true, fulfils: mchat-follow-up}
missing: {max_items: 2}  # local policy, see source.notes

option_sets:
  pass_fail:
    - {id: pass, points: 0, label: {en: Pass, az: Keçdi, ru: Пройден}}
    - {id: fail, points: 1, label: {en: Fail, az: Keçmədi, ru: Не пройден}}

items:
  - {id: q1, options: pass_fail, label: {en: Follow-up of item 1, az: 1-ci sualın təqibi, ru: Уточнение вопроса 1}}
  - {id: q2, options: pass_fail, label: {en: Follow-up of item 2, az: 2-ci sualın təqibi, ru: Уточнение вопроса 2}}
  - {id: q3, options: pass_fail, label: {en: Follow-up of item 3, az: 3-cü sualın təqibi, ru: Уточнение вопроса 3}}
  - {id: q4, options: pass_fail, label: {en: Follow-up of item 4, az: 4-cü sualın təqibi, ru: Уточнение вопроса 4}}
  - {id: q5, options: pass_fail, label: {en: Follow-up of item 5, az: 5-ci sualın təqibi, ru: Уточнение вопроса 5}}
  - {id: q6, options: pass_fail, label: {en: Follow-up of item 6, az: 6-cı sualın təqibi, ru: Уточнение вопроса 6}}
  - {id: q7, options: pass_fail, label: {en: Follow-up of item 7, az: 7-ci sualın təqibi, ru: Уточнение вопроса 7}}
  - {id: q8, options: pass_fail, label: {en: Follow-up of item 8, az: 8-ci sualın təqibi, ru: Уточнение вопроса 8}}
  - {id: q9, options: pass_fail, label: {en: Follow-up of item 9, az: 9-cu sualın təqibi, ru: Уточнение вопроса 9}}
  - {id: q10, options: pass_fail, label: {en: Follow-up of item 10, az: 10-cu sualın təqibi, ru: Уточнение вопроса 10}}
  - {id: q11, options: pass_fail, label: {en: Follow-up of item 11, az: 11-ci sualın təqibi, ru: Уточнение вопроса 11}}
  - {id: q12, options: pass_fail, label: {en: Follow-up of item 12, az: 12-ci sualın təqibi, ru: Уточнение вопроса 12}}
  - {id: q13, options: pass_fail, label: {en: Follow-up of item 13, az: 13-cü sualın təqibi, ru: Уточнение вопроса 13}}
  - {id: q14, options: pass_fail, label: {en: Follow-up of item 14, az: 14-cü sualın təqibi, ru: Уточнение вопроса 14}}
  - {id: q15, options: pass_fail, label: {en: Follow-up of item 15, az: 15-ci sualın təqibi, ru: Уточнение вопроса 15}}
  - {id: q16, options: pass_fail, label: {en: Follow-up of item 16, az: 16-cı sualın təqibi, ru: Уточнение вопроса 16}}
  - {id: q17, options: pass_fail, label: {en: Follow-up of item 17, az: 17-ci sualın təqibi, ru: Уточнение вопроса 17}}
  - {id: q18, options: pass_fail, label: {en: Follow-up of item 18, az: 18-ci sualın təqibi, ru: Уточнение вопроса 18}}
  - {id: q19, options: pass_fail, label: {en: Follow-up of item 19, az: 19-cu sualın təqibi, ru: Уточнение вопроса 19}}
  - {id: q20, options: pass_fail, label: {en: Follow-up of item 20, az: 20-ci sualın təqibi, ru: Уточнение вопроса 20}}

scores:
  - id: total
    title: {en: Items still failed, az: Hələ də keçməyən suallar, ru: Не пройденные вопросы}
    rule: sum(q1..q20)

bands:
  - id: negative
    title: {en: Screen negative, az: Skrininq mənfi, ru: Скрининг отрицательный}
    when: total <= 1
    outcome: no_concern
    recommend:
      - {referral: rescreen, urgency: routine}
  - id: positive
    title: {en: Screen positive, az: Skrininq müsbət, ru: Скрининг положительный}
    when: total >= 2
    outcome: refer
    recommend:
      - {referral: autism-evaluation, urgency: urgent}
      - {referral: early-intervention, urgency: urgent}

tests:
  - name: all failed items pass at follow-up is negative
    age_months: 20
    first_stage: {band: medium, failed: [q3, q7, q10]}
    answers: {q3: pass, q7: pass, q10: pass}
    expect: {status: scored, band: negative, scores: {total: 0}, outcome: no_concern, referrals: [rescreen]}
  - name: one item still failed is negative
    age_months: 20
    first_stage: {band: medium, failed: [q3, q7, q10]}
    answers: {q3: fail, q7: pass, q10: pass}
    expect: {band: negative, scores: {total: 1}}
  - name: two items still failed is positive
    age_months: 20
    first_stage: {band: medium, failed: [q3, q7, q10]}
    answers: {q3: fail, q7: fail, q10: pass}
    expect: {band: positive, scores: {total: 2}, outcome: refer, referrals: [autism-evaluation, early-intervention]}
  - name: items passed at stage 1 count as passed without being asked
    age_months: 20
    first_stage: {band: medium, failed: [q2, q5, q12]}
    answers: {q2: pass, q5: pass, q12: pass}
    expect: {status: scored, band: negative, scores: {total: 0}, missing: []}
  - name: an unasked failed item that could decide is incomplete
    age_months: 20
    first_stage: {band: medium, failed: [q3, q7, q10]}
    answers: {q3: fail, q7: pass}
    expect: {status: incomplete, band: ~, missing: [q10]}
  - name: two fails stand even if a third failed item was not asked
    age_months: 20
    first_stage: {band: high, failed: [q1, q3, q7, q8, q9, q10, q14, q15]}
    answers: {q1: fail, q3: fail}
    expect: {status: scored, band: positive}
  - name: the last item counts (items 19 and 20 still failed is positive)
    age_months: 24
    first_stage: {band: medium, failed: [q19, q20, q1]}
    answers: {q19: fail, q20: fail, q1: pass}
    expect: {band: positive, scores: {total: 2}}
  - name: the follow-up does not apply after a low-risk stage 1
    age_months: 20
    first_stage: {band: low, failed: [q3]}
    answers: {q3: fail}
    expect: {status: not_needed, band: ~, outcome: no_concern}

"""#),
        ("Instruments/referrals.yaml", #"""
# The referral catalog: every recommendation of every instrument points here.
# Urgencies are listed from most to least urgent; due_days says by when (days after the visit)
# the referral should have happened at each urgency it can take. Change the days to the local
# pathways; ids are part of the public contract and never change. fhir_priority is the FHIR
# ServiceRequest priority an urgency becomes (routine when not given); FHIR has four levels, so
# "soon" and "routine" both become routine, and the due date (occurrence) tells them apart.
format: earlyscreen/referrals@1
locales: {en: source, az: not_validated, ru: not_validated}

urgencies:
  - id: same_day
    title: {en: Same day, az: Həmin gün, ru: В тот же день}
    fhir_priority: asap
  - id: urgent
    title: {en: Urgent, az: Təcili, ru: Срочно}
    fhir_priority: urgent
  - id: soon
    title: {en: Soon, az: Yaxın vaxtda, ru: В ближайшее время}
  - id: routine
    title: {en: Routine, az: Planlı, ru: Планово}

referrals:
  - id: mchat-follow-up
    title:
      en: M-CHAT-R/F Follow-Up interview
      az: M-CHAT-R/F təqib müsahibəsi
      ru: Уточняющее интервью M-CHAT-R/F
    due_days: {soon: 14, routine: 30}
  - id: autism-evaluation
    title:
      en: Diagnostic evaluation for autism
      az: Autizm üzrə diaqnostik qiymətləndirmə
      ru: Диагностическое обследование на аутизм
    due_days: {urgent: 14, soon: 30, routine: 60}
  - id: developmental-pediatrician
    title:
      en: Developmental paediatrician
      az: İnkişaf pediatrı
      ru: Педиатр по развитию ребёнка
    due_days: {urgent: 14, soon: 30, routine: 60}
  - id: developmental-screening
    title:
      en: Developmental screening with a validated tool
      az: Təsdiqlənmiş alətlə inkişaf skrininqi
      ru: Скрининг развития валидированным инструментом
    due_days: {soon: 30, routine: 60}
  - id: hearing-test
    title:
      en: Hearing test
      az: Eşitmə müayinəsi
      ru: Проверка слуха
    due_days: {urgent: 14, soon: 30, routine: 60}
  - id: vision-test
    title:
      en: Vision test
      az: Görmə müayinəsi
      ru: Проверка зрения
    due_days: {urgent: 14, soon: 30, routine: 60}
  - id: speech-therapy
    title:
      en: Speech and language therapist
      az: Loqoped (nitq və dil terapevti)
      ru: Логопед
    due_days: {soon: 30, routine: 60}
  - id: early-intervention
    title:
      en: Early intervention / community-based rehabilitation centre
      az: Erkən müdaxilə / icma əsaslı reabilitasiya mərkəzi
      ru: Ранняя помощь / общественный реабилитационный центр
    due_days: {urgent: 14, soon: 30, routine: 60}
  - id: child-mental-health
    title:
      en: Child psychiatrist or psychologist
      az: Uşaq psixiatrı və ya psixoloqu
      ru: Детский психиатр или психолог
    due_days: {urgent: 7, soon: 30, routine: 60}
  - id: maternal-mental-health
    title:
      en: Mental health assessment for the mother
      az: Ananın psixi sağlamlığının qiymətləndirilməsi
      ru: Оценка психического здоровья матери
    due_days: {same_day: 0, urgent: 7, soon: 14, routine: 30}
  - id: social-services
    title:
      en: Social services for the family
      az: Ailə üçün sosial xidmətlər
      ru: Социальные службы для семьи
    due_days: {same_day: 0, urgent: 7, soon: 30, routine: 60}
  - id: follow-up-visit
    title:
      en: Follow-up visit to talk through the parent's concern
      az: Valideynin narahatlığını müzakirə etmək üçün təkrar vizit
      ru: Повторный визит, чтобы обсудить беспокойство родителя
    due_days: {soon: 30, routine: 60}
  - id: rescreen
    title:
      en: Screen again at the next visit
      az: Növbəti vizitdə təkrar skrininq
      ru: Повторный скрининг на следующем визите
    due_days: {routine: 180}

"""#),
        ("Instruments/schedule.yaml", #"""
# When screenings are due. earlyscreen due lists those due at a visit and when each is next due.
# Replace the ages with the national schedule of Azerbaijan's polyclinics; ids never change.
format: earlyscreen/schedule@1
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    American Academy of Pediatrics / Bright Futures periodicity schedule: general developmental
    screening at 9, 18 and 30 months; autism-specific screening at 18 and 24 months; maternal
    depression screening at the 1, 2, 4 and 6 month visits.
  notes: >-
    A default to adapt, not a national rule. General developmental screening uses the SWYC
    Developmental Milestones (free and validated; its cut-offs are from agreeing secondary sources
    until a deployment confirms them); a deployment may add or substitute a licensed tool such as
    the ASQ-3. The CDC milestone checklists and the WHO motor windows are surveillance: the CDC says
    its checklists are not a substitute for a validated screening tool, so they are listed apart,
    at every visit, beside the SWYC Milestones. The social-emotional row follows the SWYC age forms
    that carry the BPSC (2, 4, 6, 9, 12, 15 months) and the PPSC (18, 24, 30, 36, 48, 60 months);
    at each age only the checklist whose age range holds the child is listed. Prematurity: due ages count from the due date
    while the child is under 24 months and was born at least 3 weeks before 40 weeks (the SWYC rule),
    a choice for this schedule that a methodologist may change. The mother's depression screening
    always counts from the birth.
prematurity: {term_weeks: 40, min_weeks_early: 3, until_months: 24}
screenings:
  - id: developmental
    title:
      en: General developmental screening (validated tool)
      az: Ümumi inkişaf skrininqi (təsdiqlənmiş alət)
      ru: Общий скрининг развития (валидированный инструмент)
    at_months: [9, 18, 30]
    basis: corrected
    instruments: [swyc-milestones]
  - id: developmental-surveillance
    title:
      en: Developmental surveillance (milestone checklists, not a screening test)
      az: İnkişafın müşahidəsi (mərhələ siyahıları, skrininq testi deyil)
      ru: Наблюдение за развитием (списки навыков, не скрининговый тест)
    at_months: [2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]
    basis: corrected
    catch_up: false
    instruments: [swyc-milestones, cdc-ltsae, who-motor]
  - id: autism
    title:
      en: Autism screening
      az: Autizm skrininqi
      ru: Скрининг аутизма
    at_months: [18, 24]
    basis: corrected
    instruments: [mchat-r]
  - id: maternal-depression
    title:
      en: Mother's depression screening
      az: Ananın depressiya skrininqi
      ru: Скрининг депрессии у матери
    at_months: [1, 2, 4, 6]
    instruments: [epds]
  - id: social-emotional
    title:
      en: Social-emotional screening
      az: Sosial-emosional skrininq
      ru: Социально-эмоциональный скрининг
    at_months: [2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]
    basis: corrected
    instruments: [swyc-bpsc, swyc-ppsc]
  - id: family
    title:
      en: Parent's concerns and family questions
      az: Valideynin narahatlıqları və ailə sualları
      ru: Беспокойства родителей и вопросы о семье
    at_months: [2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]
    catch_up: false
    instruments: [swyc-family]

"""#),
        ("Instruments/swyc-bpsc.yaml", #"""
# SWYC Baby Pediatric Symptom Checklist: social-emotional screen for babies under 18 months.
# Scoring rules (facts) and short labels in our own words only.
format: earlyscreen/instrument@1
id: swyc-bpsc
version: "1.07"
title:
  en: SWYC BPSC — baby behaviour checklist
  az: SWYC BPSC — körpənin davranış siyahısı
  ru: SWYC BPSC — чек-лист поведения младенца
summary:
  en: Twelve items in three subscales of four (irritability, inflexibility, difficulty with routines), each 0 to 2.
  az: Dörd sualdan ibarət üç alt şkalada on iki sual (əsəbilik, çevik olmamaq, rejimdə çətinlik), hər biri 0–2.
  ru: Двенадцать вопросов в трёх подшкалах по четыре (раздражительность, негибкость, трудности с режимом), каждый 0–2.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Sheldrick RC, Henson BS, Neger EN, Merchant S, Murphy JM, Perrin EC. The Baby Pediatric Symptom
    Checklist: development and initial validation of a new social/emotional screening instrument for
    very young children. Acad Pediatr. 2013;13(1):72-80. doi:10.1016/j.acap.2012.08.003.
    Perrin EC, Sheldrick RC et al. Survey of Well-being of Young Children (SWYC), Tufts Medical Center.
  url: https://www.tuftsmedicine.org/medical-professionals/survey-well-being-young-children
  notes: >-
    From the BPSC scoring directions (Tufts, 2010-2015): options score 0/1/2; a missing answer counts
    as 0; when two boxes are ticked the more concerning one counts; a sum of 3 or more on any of the
    three subscales means the child needs further evaluation. Item ids follow the validation paper's
    numbering (q1-q4 irritability, q5-q8 inflexibility, q9-q12 difficulty with routines); a printed
    form that orders items differently maps to these ids by content. Ages: under 18 months, with the
    SWYC rule for prematurity (correct only under 24 months and when born at least 3 weeks early).
    Because a missing answer counts as 0 by the published rule, results with missing answers carry a
    warning naming them. The rule was made for scoring a returned paper form; at the desk the item
    can still be asked, so a reassuring band stands only when answering the item could not change
    it (otherwise the result is incomplete and names the item to ask).
    Local policy (earlyscreen): the published missing-counts-0 rule is applied to at most 2
    unanswered items in all; with more, the subscales are ranges and the result cannot be reassuring
    (a blank or nearly blank form is not a score of 0).
license:
  holder: © 2010 Tufts Medical Center
  terms: >-
    Free of cost. Changes to any SWYC component are strongly discouraged; exceptions by request to
    the authors.
  before_use: >-
    Ask the SWYC authors (TEAM UP for Children, Boston Medical Center) about electronic use and
    translations before a deployment shows the form's wording; this file's labels are summaries for staff.
ages: {min_months: 0, max_months: 17, basis: corrected}
prematurity: {term_weeks: 40, min_weeks_early: 3, until_months: 24}
several_ticked: most_concerning
missing: {max_items: 2}  # local policy, see source.notes

option_sets:
  frequency:
    - {id: not_at_all, points: 0, label: {en: Not at all, az: Heç, ru: Совсем нет}}
    - {id: somewhat, points: 1, label: {en: Somewhat, az: Bir qədər, ru: Отчасти}}
    - {id: very_much, points: 2, label: {en: Very much, az: Çox, ru: Очень}}

items:
  - id: q1
    options: frequency
    label: {en: Cries a lot, az: Çox ağlayır, ru: Много плачет}
  - id: q2
    options: frequency
    label: {en: Hard to calm down, az: Çətin sakitləşir, ru: Трудно успокоить}
  - id: q3
    options: frequency
    label: {en: Fussy or irritable, az: Şıltaq və ya əsəbidir, ru: Капризен или раздражителен}
  - id: q4
    options: frequency
    label: {en: Hard to comfort, az: Təsəlli vermək çətindir, ru: Трудно утешить}
  - id: q5
    options: frequency
    label: {en: Has a hard time with new people, az: Yeni insanlara çətin öyrəşir, ru: С трудом принимает новых людей}
  - id: q6
    options: frequency
    label: {en: Has a hard time in new places, az: Yeni yerlərdə çətinlik çəkir, ru: Тяжело переносит новые места}
  - id: q7
    options: frequency
    label: {en: Has a hard time with change, az: Dəyişikliklərə çətin uyğunlaşır, ru: Тяжело переносит перемены}
  - id: q8
    options: frequency
    label: {en: Minds being held by other people, az: Başqalarının qucağına almasını istəmir, ru: "Не любит, когда его держат другие люди"}
  - id: q9
    options: frequency
    label: {en: Has trouble staying asleep, az: Yuxusu tez-tez pozulur, ru: "Плохо спит, часто просыпается"}
  - id: q10
    options: frequency
    label: {en: Hard to keep on a schedule or routine, az: Rejimə salmaq çətindir, ru: Трудно соблюдать режим}
  - id: q11
    options: frequency
    label: {en: Hard to put to sleep, az: Yatırtmaq çətindir, ru: Трудно уложить спать}
  - id: q12
    options: frequency
    label: {en: You cannot get enough sleep because of the baby, az: Körpə səbəbindən kifayət qədər yata bilmirsiniz, ru: Вы не высыпаетесь из-за ребёнка}

scores:
  - id: irritability
    title: {en: Irritability, az: Əsəbilik, ru: Раздражительность}
    rule: sum(q1..q4)
    missing: {fill: zero}
  - id: inflexibility
    title: {en: Inflexibility, az: Çevik olmamaq, ru: Негибкость}
    rule: sum(q5..q8)
    missing: {fill: zero}
  - id: routines
    title: {en: Difficulty with routines, az: Rejimdə çətinlik, ru: Трудности с режимом}
    rule: sum(q9..q12)
    missing: {fill: zero}

bands:
  - id: needs_review
    title: {en: Needs review, az: Əlavə qiymətləndirmə lazımdır, ru: Требует дообследования}
    when: irritability >= 3 or inflexibility >= 3 or routines >= 3
    outcome: follow_up
    recommend:
      - {referral: child-mental-health, urgency: soon}
  - id: low_risk
    title: {en: No concern, az: Narahatlıq yoxdur, ru: Без опасений}
    when: irritability <= 2 and inflexibility <= 2 and routines <= 2
    outcome: no_concern

tests:
  - name: all not at all is no concern
    age_months: 6
    fill: lowest
    expect: {status: scored, band: low_risk, scores: {irritability: 0, inflexibility: 0, routines: 0}, outcome: no_concern}
  - name: all very much needs review
    age_months: 6
    fill: highest
    expect: {band: needs_review, scores: {irritability: 8, inflexibility: 8, routines: 8}, outcome: follow_up, referrals: [child-mental-health]}
  - name: irritability 2 is below the cut-off
    age_months: 4
    fill: lowest
    answers: {q1: very_much}
    expect: {band: low_risk, scores: {irritability: 2}}
  - name: irritability 3 needs review
    age_months: 4
    fill: lowest
    answers: {q1: very_much, q4: somewhat}
    expect: {band: needs_review, scores: {irritability: 3, inflexibility: 0, routines: 0}}
  - name: inflexibility 2 is below the cut-off
    age_months: 9
    fill: lowest
    answers: {q5: somewhat, q8: somewhat}
    expect: {band: low_risk, scores: {inflexibility: 2}}
  - name: inflexibility 3 needs review
    age_months: 9
    fill: lowest
    answers: {q5: somewhat, q6: somewhat, q8: somewhat}
    expect: {band: needs_review, scores: {inflexibility: 3}}
  - name: routines 2 is below the cut-off
    age_months: 12
    fill: lowest
    answers: {q12: very_much}
    expect: {band: low_risk, scores: {routines: 2}}
  - name: routines 3 needs review
    age_months: 12
    fill: lowest
    answers: {q9: somewhat, q10: somewhat, q11: somewhat}
    expect: {band: needs_review, scores: {routines: 3}}
  - name: 2 on every subscale is still no concern (subscales are not added up)
    age_months: 12
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much}
    expect: {band: low_risk, scores: {irritability: 2, inflexibility: 2, routines: 2}}
  - name: a missing answer counts as 0 (published rule) where it cannot change the band
    age_months: 12
    fill: lowest
    answers: {q1: ~}
    expect: {status: scored, band: low_risk, scores: {irritability: 0}, missing: [q1]}
  - name: counted as 0 it does not reassure when answering it could reach the cut-off
    age_months: 12
    fill: lowest
    answers: {q1: very_much, q2: ~}
    expect: {status: incomplete, band: ~, scores: {irritability: 2}, outcome: incomplete, missing: [q2]}
  - name: counted as 0 it still leaves a needs-review result standing
    age_months: 12
    fill: lowest
    answers: {q1: very_much, q4: somewhat, q2: ~}
    expect: {status: scored, band: needs_review, scores: {irritability: 3}, missing: [q2]}
  - name: two boxes ticked count as the more concerning one
    age_months: 12
    fill: lowest
    answers: {q1: [somewhat, very_much], q2: somewhat}
    expect: {band: needs_review, scores: {irritability: 3}}
  - name: 17 months is the last month in range
    age_months: 17
    fill: lowest
    expect: {status: scored}
  - name: 18 months is past the range (the PPSC takes over)
    age_months: 18
    fill: lowest
    expect: {status: not_applicable}
  - name: a baby born at 30 weeks is 18 months old but 15 months corrected, so still in range
    age_months: 18
    gestational_age_weeks: 30
    fill: lowest
    expect: {status: scored, band: low_risk}
  - name: born at 38 weeks (2 weeks early) gets no correction
    age_months: 18
    gestational_age_weeks: 38
    fill: lowest
    expect: {status: not_applicable}

"""#),
        ("Instruments/swyc-family.yaml", #"""
# SWYC Parent's Concerns and Family Questions: what the parent worries about, and whether the
# family's answers call for monitoring or for help today. Only the whole-block rules the SWYC
# authors publish are encoded; per-question flags are left out (see source.notes).
format: earlyscreen/instrument@1
id: swyc-family
version: "1.07"
title:
  en: SWYC parent's concerns and family questions
  az: SWYC valideynin narahatlıqları və ailə sualları
  ru: SWYC беспокойства родителей и вопросы о семье
summary:
  en: Two questions on the parent's concerns, and staff's reading of the family questions; a concern means follow-up, a positive family answer means monitoring with social services, a risk of harm means help today.
  az: Valideynin narahatlığı haqqında iki sual və ailə suallarının işçi tərəfindən qiymətləndirilməsi; narahatlıq əlavə müşahidə, müsbət ailə cavabı sosial xidmətlərlə izləmə, zərər riski isə bu gün kömək deməkdir.
  ru: Два вопроса о беспокойствах родителя и оценка сотрудником ответов о семье; беспокойство — повод для наблюдения, положительный ответ о семье — наблюдение с участием социальных служб, риск вреда — помощь сегодня.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Perrin EC, Sheldrick RC et al. Survey of Well-being of Young Children (SWYC), Tufts Medical
    Center; "Family Questions + Parent's Concerns" page of the SWYC site (TEAM UP for Children).
  url: https://www.tuftsmedicine.org/medical-professionals/survey-well-being-young-children
  notes: >-
    Parent's Concerns: two questions (learning or development; behaviour), answered not at all /
    somewhat / very much; the SWYC page says "somewhat" or "very much" should prompt follow-up.
    Family Questions (family context, 9 items on the current forms: tobacco, alcohol and drug use,
    food insecurity, parental depression, the parents' relationship): the SWYC authors interpret
    the block as a whole - a positive endorsement means the child should be monitored further; if
    the answers suggest the child or a family member may be at immediate risk of harm, refer for
    help as soon as possible. Left out on purpose: which answer to which family question is
    positive. The current (v1.07+) Family Questions scoring guide could not be obtained and the
    2016 manual's guide is officially incompatible with v1.07, so no per-question flag is encoded.
    Staff read the family answers with the polyclinic's SWYC guide and record two judgements here
    (family_positive, immediate_risk). Local choices, not SWYC facts: "monitored further" is
    carried out as a routine social-services contact; "help as soon as possible" as social services
    the same day; "prompt follow-up" of a parent's concern as a follow-up visit within a month. Ages: the SWYC forms, 1 to 65 months, chronological (the questions are about the
    family, so age is not corrected). The EPDS, which v1.07 added to the 2-, 4- and 6-month forms,
    is the separate epds instrument.
    Local policy (earlyscreen): with more than 1 of the 4 entries unanswered, no reassuring result
    is given.
license:
  holder: © 2010 Tufts Medical Center
  terms: >-
    Free of cost. Changes to any SWYC component are strongly discouraged; exceptions by request to
    the authors.
  before_use: >-
    Obtain the current Family Questions and their scoring guide from the SWYC authors (TEAM UP for
    Children, Boston Medical Center), with their permission for electronic use and translations;
    this file's labels are summaries for staff.
ages: {min_months: 1, max_months: 65, basis: chronological}
missing: {max_items: 1}  # local policy, see source.notes

option_sets:
  concern:
    - {id: not_at_all, points: 0, label: {en: Not at all, az: Heç, ru: Совсем нет}}
    - {id: somewhat, points: 1, label: {en: Somewhat, az: Bir qədər, ru: Отчасти}}
    - {id: very_much, points: 2, label: {en: Very much, az: Çox, ru: Очень}}
  staff_judgement:
    - {id: "no", points: 0, label: {en: "No", az: "Xeyr", ru: "Нет"}}
    - {id: "yes", points: 1, label: {en: "Yes", az: "Bəli", ru: "Да"}}

items:
  - id: concern_development
    options: concern
    label:
      en: The parent is worried about the child's learning or development
      az: Valideyn uşağın öyrənməsi və ya inkişafı ilə bağlı narahatdır
      ru: Родитель беспокоится об обучении или развитии ребёнка
  - id: concern_behavior
    options: concern
    label:
      en: The parent is worried about the child's behaviour
      az: Valideyn uşağın davranışı ilə bağlı narahatdır
      ru: Родитель беспокоится о поведении ребёнка
  - id: family_positive
    options: staff_judgement
    label:
      en: "Staff: the parent answered a family question positively (by the polyclinic's SWYC guide)"
      az: "İşçi: valideyn ailə suallarından birinə müsbət cavab verib (poliklinikanın SWYC təlimatına görə)"
      ru: "Сотрудник: родитель положительно ответил на вопрос о семье (по руководству SWYC поликлиники)"
  - id: immediate_risk
    options: staff_judgement
    label:
      en: "Staff: the answers suggest the child or a family member may be at immediate risk of harm"
      az: "İşçi: cavablar uşağın və ya ailə üzvünün dərhal zərər riski altında ola biləcəyini göstərir"
      ru: "Сотрудник: ответы указывают, что ребёнку или члену семьи может грозить непосредственный вред"

scores:
  - id: concerns
    title: {en: Concerns the parent reports, az: Valideynin bildirdiyi narahatlıqlar, ru: Беспокойства родителя}
    rule: count(concern_development..concern_behavior)

bands:
  - id: parent_concern
    title: {en: Follow up the parent's concern, az: Valideynin narahatlığını araşdırın, ru: Разобраться с беспокойством родителя}
    when: concerns >= 1
    outcome: follow_up
    recommend:
      - {referral: follow-up-visit, urgency: soon}
  - id: no_parent_concern
    title: {en: No concern reported, az: Narahatlıq bildirilməyib, ru: Беспокойств не отмечено}
    when: concerns == 0
    outcome: no_concern

critical:
  - id: immediate_risk
    title:
      en: Possible immediate risk of harm in the family; get help today
      az: Ailədə dərhal zərər riski ola bilər; bu gün kömək təşkil edin
      ru: Возможен непосредственный риск вреда в семье; организуйте помощь сегодня
    when: immediate_risk == "yes"
    outcome: refer
    recommend:
      - {referral: social-services, urgency: same_day}
  - id: family_risk
    title:
      en: A family question was answered positively; monitor the family
      az: Ailə suallarından birinə müsbət cavab verilib; ailəni izləyin
      ru: Положительный ответ на вопрос о семье; наблюдать за семьёй
    when: family_positive == "yes"
    outcome: monitor
    recommend:
      - {referral: social-services, urgency: routine}

tests:
  - name: no concern and nothing positive is no concern
    age_months: 12
    fill: lowest
    expect: {status: scored, band: no_parent_concern, scores: {concerns: 0}, outcome: no_concern, referrals: []}
  - name: somewhat worried about development prompts follow-up
    age_months: 12
    fill: lowest
    answers: {concern_development: somewhat}
    expect: {band: parent_concern, scores: {concerns: 1}, outcome: follow_up, referrals: [follow-up-visit]}
  - name: very much worried about behaviour prompts follow-up
    age_months: 30
    fill: lowest
    answers: {concern_behavior: very_much}
    expect: {band: parent_concern, scores: {concerns: 1}, outcome: follow_up}
  - name: both concerns count two
    age_months: 30
    fill: lowest
    answers: {concern_development: very_much, concern_behavior: somewhat}
    expect: {band: parent_concern, scores: {concerns: 2}}
  - name: a positive family answer means monitoring with social services
    age_months: 6
    fill: lowest
    answers: {family_positive: "yes"}
    expect: {status: scored, band: no_parent_concern, outcome: monitor, referrals: [social-services]}
  - name: a concern and a positive family answer keep both
    age_months: 6
    fill: lowest
    answers: {family_positive: "yes", concern_behavior: somewhat}
    expect: {band: parent_concern, outcome: follow_up, referrals: [follow-up-visit, social-services]}
  - name: a risk of harm means referral today, whatever else
    age_months: 24
    fill: lowest
    answers: {immediate_risk: "yes"}
    expect: {status: scored, outcome: refer, referrals: [social-services]}
  - name: an unanswered risk-of-harm judgement is never reassurance
    age_months: 24
    fill: lowest
    answers: {immediate_risk: ~}
    expect: {status: incomplete, outcome: incomplete, missing: [immediate_risk]}
  - name: an unanswered family judgement is never reassurance
    age_months: 24
    fill: lowest
    answers: {family_positive: ~}
    expect: {status: incomplete, missing: [family_positive]}
  - name: an unanswered concern question cannot hide a concern already reported
    age_months: 24
    fill: lowest
    answers: {concern_development: somewhat, concern_behavior: ~}
    expect: {status: scored, band: parent_concern, missing: [concern_behavior]}
  - name: an unanswered concern question is never no concern
    age_months: 24
    fill: lowest
    answers: {concern_behavior: ~}
    expect: {status: incomplete, band: ~, missing: [concern_behavior]}
  - name: under 1 month is before the first SWYC form
    age_months: 0
    fill: lowest
    expect: {status: not_applicable}
  - name: 1 month is in range
    age_months: 1
    fill: lowest
    expect: {status: scored}
  - name: 65 months is the last month in range
    age_months: 65
    fill: lowest
    expect: {status: scored}
  - name: 66 months is past the range
    age_months: 66
    fill: lowest
    expect: {status: not_applicable}
  - name: a premature baby's family questions use the age from birth
    age_months: 1
    gestational_age_weeks: 30
    fill: lowest
    expect: {status: scored}

"""#),
        ("Instruments/swyc-milestones.yaml", #"""
# SWYC Developmental Milestones: the SWYC's general developmental screen, 10 milestones per age form.
# Scoring rules (facts) and short milestone labels in our own words only; the official wording is
# not here (see license.before_use). Generated by scripts/swyc-milestones.py; edit that, then run it.
format: earlyscreen/instrument@1
id: swyc-milestones
version: "1.07"
title:
  en: SWYC Developmental Milestones
  az: SWYC inkişaf mərhələləri
  ru: SWYC этапы развития
summary:
  en: Parent-report general developmental screen, 10 milestones per age form (not yet / somewhat / very much), for 1 to 65 months.
  az: Valideyn tərəfindən doldurulan ümumi inkişaf skrininqi, hər yaş forması üçün 10 mərhələ (hələ yox / bir qədər / çox), 1–65 ay.
  ru: Общий скрининг развития со слов родителей, 10 навыков в каждой возрастной форме (ещё нет / отчасти / очень), 1–65 месяцев.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Sheldrick RC, Perrin EC. Evidence-based milestones for surveillance of cognitive, language,
    and motor development. Acad Pediatr. 2013;13(6):577-586. Perrin EC, Sheldrick RC et al.
    Survey of Well-being of Young Children (SWYC), Tufts Medical Center.
  url: https://www.tuftsmedicine.org/medical-professionals/survey-well-being-young-children
  cutoffs: secondary
  notes: >-
    Age forms and their windows as listed by the SWYC authors (2, 4, 6, 9, 12, 15, 18, 24, 30, 36,
    48 and 60 months); 10 milestones per form answered not yet (0), somewhat (1) or very much (2);
    the total (0-20) is compared with a threshold for the child's age in completed months, corrected
    under 24 months when born at least 3 weeks early (the SWYC rule), and a total at or below the
    threshold needs review. THE THRESHOLDS ARE SECONDARY: the official Milestones scoring guide
    (table and Excel calculator) could not be opened. The month-by-month values (4 to 58 months) come
    from two independent public implementations about ten years apart that agree on all 55 months
    (the Baystate e-SWYC app, GitHub ytian95/Baystate_eSWYC, result-page.html, 2015-16, which stores
    threshold + 1; and the thryve-language-analyzer app, GitHub mominali001/thryve-language-analyzer,
    app.py, 2025, "needs review if score <= threshold"), and a clinic scoring sheet agrees for 9-13
    months. Every result carries a warning until a deployment confirms the table against the
    official guide (cutoffs_confirmed in its texts file). The 2- and 60-month forms have no
    threshold: the authors keep them out of the primary scoring table (weaker validation) and
    advise surveillance only, so their result says so and is never reassuring. Milestone topics per
    form follow the Baystate e-SWYC app's transcription of the forms (not checked against the
    current printed forms; topics only matter for display, never for the score). Missing answers:
    some third-party scoring sheets count a missing milestone as 0; the official rule was not seen,
    so unanswered milestones make the total a range (the engine's rule) - a result is given only when
    every way they could be answered agrees. Local choices (earlyscreen): needs review refers to a
    developmental paediatrician within a month; with more than 2 of the 10 milestones unanswered no
    reassuring result is given.
license:
  holder: © 2010 Tufts Medical Center
  terms: >-
    Free of cost. Changes to any SWYC component are strongly discouraged; exceptions by request to
    the authors.
  before_use: >-
    Ask the SWYC authors (TEAM UP for Children, Boston Medical Center) about electronic use and
    translations before a deployment shows the form's wording, and confirm the cut-off table against
    the official Milestones scoring guide; this file's labels are summaries for staff.
ages: {min_months: 1, max_months: 65, basis: corrected}
prematurity: {term_weeks: 40, min_weeks_early: 3, until_months: 24}
several_ticked: most_concerning
higher_points: less_concern  # points count skills: the most concerning box is the one with fewest
missing: {max_items: 2}  # local policy, see source.notes

option_sets:
  milestone:
    - {id: not_yet, points: 0, label: {en: Not yet, az: Hələ yox, ru: Ещё нет}}
    - {id: somewhat, points: 1, label: {en: Somewhat, az: Bir qədər, ru: Отчасти}}
    - {id: very_much, points: 2, label: {en: Very much, az: Çox, ru: Очень}}

forms:
  - id: "2m"
    ages: {min_months: 1, max_months: 3}
    items:
      - {id: m1, options: milestone, label: {en: "Makes sounds that show pleasure or upset", az: "Sevindiyini və ya narahat olduğunu səslərlə bildirir", ru: "Звуками показывает радость или недовольство"}}
      - {id: m2, options: milestone, label: {en: "Looks pleased when the parent appears", az: "Valideyni görəndə sevinir", ru: "Радуется, когда видит родителя"}}
      - {id: m3, options: milestone, label: {en: "Follows a toy moving past with the eyes", az: "Hərəkət edən oyuncağı gözləri ilə izləyir", ru: "Следит глазами за движущейся игрушкой"}}
      - {id: m4, options: milestone, label: {en: "Turns the head toward someone speaking", az: "Danışan adama tərəf başını çevirir", ru: "Поворачивает голову к говорящему"}}
      - {id: m5, options: milestone, label: {en: "Keeps the head up when pulled to sit", az: "Oturtmaq üçün dartanda başını düz saxlayır", ru: "Удерживает голову, когда его тянут в положение сидя"}}
      - {id: m6, options: milestone, label: {en: "Brings the hands together", az: "Əllərini bir-birinə yaxınlaşdırır", ru: "Сводит руки вместе"}}
      - {id: m7, options: milestone, label: {en: "Laughs out loud", az: "Səslə gülür", ru: "Смеётся вслух"}}
      - {id: m8, options: milestone, label: {en: "Holds the head steady when held sitting", az: "Oturmuş vəziyyətdə tutulanda başını sabit saxlayır", ru: "Держит голову, когда его держат сидя"}}
      - {id: m9, options: milestone, label: {en: "Babbles syllables such as ba, ma, ga", az: "ba, ma, qa kimi hecalar deyir", ru: "Лепечет слоги вроде ба, ма, га"}}
      - {id: m10, options: milestone, label: {en: "Looks up when called by name", az: "Adı ilə çağıranda baxır", ru: "Оборачивается, когда зовут по имени"}}
  - id: "4m"
    ages: {min_months: 4, max_months: 5}
    items:
      - {id: m1, options: milestone, label: {en: "Keeps the head up when pulled to sit", az: "Oturtmaq üçün dartanda başını düz saxlayır", ru: "Удерживает голову, когда его тянут в положение сидя"}}
      - {id: m2, options: milestone, label: {en: "Brings the hands together", az: "Əllərini bir-birinə yaxınlaşdırır", ru: "Сводит руки вместе"}}
      - {id: m3, options: milestone, label: {en: "Laughs out loud", az: "Səslə gülür", ru: "Смеётся вслух"}}
      - {id: m4, options: milestone, label: {en: "Holds the head steady when held sitting", az: "Oturmuş vəziyyətdə tutulanda başını sabit saxlayır", ru: "Держит голову, когда его держат сидя"}}
      - {id: m5, options: milestone, label: {en: "Babbles syllables such as ba, ma, ga", az: "ba, ma, qa kimi hecalar deyir", ru: "Лепечет слоги вроде ба, ма, га"}}
      - {id: m6, options: milestone, label: {en: "Looks up when called by name", az: "Adı ilə çağıranda baxır", ru: "Оборачивается, когда зовут по имени"}}
      - {id: m7, options: milestone, label: {en: "Rolls over", az: "Çevrilir (qarnı üstə və ya arxası üstə)", ru: "Переворачивается"}}
      - {id: m8, options: milestone, label: {en: "Moves a toy from one hand to the other", az: "Oyuncağı bir əlindən o birinə keçirir", ru: "Перекладывает игрушку из руки в руку"}}
      - {id: m9, options: milestone, label: {en: "Looks for a familiar adult when upset", az: "Narahat olanda tanış böyüyü axtarır", ru: "Ищет знакомого взрослого, когда расстроен"}}
      - {id: m10, options: milestone, label: {en: "Bangs two things together", az: "İki əşyanı bir-birinə vurur", ru: "Стучит двумя предметами друг о друга"}}
  - id: "6m"
    ages: {min_months: 6, max_months: 8}
    items:
      - {id: m1, options: milestone, label: {en: "Babbles syllables such as ba, ma, ga", az: "ba, ma, qa kimi hecalar deyir", ru: "Лепечет слоги вроде ба, ма, га"}}
      - {id: m2, options: milestone, label: {en: "Looks up when called by name", az: "Adı ilə çağıranda baxır", ru: "Оборачивается, когда зовут по имени"}}
      - {id: m3, options: milestone, label: {en: "Rolls over", az: "Çevrilir (qarnı üstə və ya arxası üstə)", ru: "Переворачивается"}}
      - {id: m4, options: milestone, label: {en: "Moves a toy from one hand to the other", az: "Oyuncağı bir əlindən o birinə keçirir", ru: "Перекладывает игрушку из руки в руку"}}
      - {id: m5, options: milestone, label: {en: "Looks for a familiar adult when upset", az: "Narahat olanda tanış böyüyü axtarır", ru: "Ищет знакомого взрослого, когда расстроен"}}
      - {id: m6, options: milestone, label: {en: "Bangs two things together", az: "İki əşyanı bir-birinə vurur", ru: "Стучит двумя предметами друг о друга"}}
      - {id: m7, options: milestone, label: {en: "Reaches up to be picked up", az: "Qucağa alınmaq üçün qollarını qaldırır", ru: "Тянет руки, чтобы его взяли"}}
      - {id: m8, options: milestone, label: {en: "Gets into sitting without help", az: "Köməksiz oturur", ru: "Сам садится"}}
      - {id: m9, options: milestone, label: {en: "Picks up bits of food and eats them", az: "Yemək tikələrini götürüb yeyir", ru: "Берёт кусочки еды и ест"}}
      - {id: m10, options: milestone, label: {en: "Pulls up to stand", az: "Tutunaraq ayağa qalxır", ru: "Встаёт, держась за опору"}}
  - id: "9m"
    ages: {min_months: 9, max_months: 11}
    items:
      - {id: m1, options: milestone, label: {en: "Reaches up to be picked up", az: "Qucağa alınmaq üçün qollarını qaldırır", ru: "Тянет руки, чтобы его взяли"}}
      - {id: m2, options: milestone, label: {en: "Gets into sitting without help", az: "Köməksiz oturur", ru: "Сам садится"}}
      - {id: m3, options: milestone, label: {en: "Picks up bits of food and eats them", az: "Yemək tikələrini götürüb yeyir", ru: "Берёт кусочки еды и ест"}}
      - {id: m4, options: milestone, label: {en: "Pulls up to stand", az: "Tutunaraq ayağa qalxır", ru: "Встаёт, держась за опору"}}
      - {id: m5, options: milestone, label: {en: "Plays back-and-forth games such as peekaboo", az: "Gizlənpaç kimi qarşılıqlı oyunlar oynayır", ru: "Играет в игры вроде «ку-ку»"}}
      - {id: m6, options: milestone, label: {en: "Has a word for mother or father", az: "Ana və ya ata üçün söz işlədir", ru: "Называет маму или папу словом"}}
      - {id: m7, options: milestone, label: {en: "Looks for a familiar thing when you name it", az: "Adını çəkdiyiniz tanış əşyanı axtarır", ru: "Ищет знакомый предмет, когда его называют"}}
      - {id: m8, options: milestone, label: {en: "Imitates sounds you make", az: "Çıxardığınız səsləri təqlid edir", ru: "Повторяет звуки за вами"}}
      - {id: m9, options: milestone, label: {en: "Walks across a room unaided", az: "Köməksiz otaq boyu yeriyir", ru: "Сам проходит через комнату"}}
      - {id: m10, options: milestone, label: {en: "Does a simple spoken request such as come here", az: "\"Bura gəl\" kimi sadə xahişi yerinə yetirir", ru: "Выполняет простую просьбу вроде «иди сюда»"}}
  - id: "12m"
    ages: {min_months: 12, max_months: 14}
    items:
      - {id: m1, options: milestone, label: {en: "Picks up bits of food and eats them", az: "Yemək tikələrini götürüb yeyir", ru: "Берёт кусочки еды и ест"}}
      - {id: m2, options: milestone, label: {en: "Pulls up to stand", az: "Tutunaraq ayağa qalxır", ru: "Встаёт, держась за опору"}}
      - {id: m3, options: milestone, label: {en: "Plays back-and-forth games such as peekaboo", az: "Gizlənpaç kimi qarşılıqlı oyunlar oynayır", ru: "Играет в игры вроде «ку-ку»"}}
      - {id: m4, options: milestone, label: {en: "Has a word for mother or father", az: "Ana və ya ata üçün söz işlədir", ru: "Называет маму или папу словом"}}
      - {id: m5, options: milestone, label: {en: "Looks for a familiar thing when you name it", az: "Adını çəkdiyiniz tanış əşyanı axtarır", ru: "Ищет знакомый предмет, когда его называют"}}
      - {id: m6, options: milestone, label: {en: "Imitates sounds you make", az: "Çıxardığınız səsləri təqlid edir", ru: "Повторяет звуки за вами"}}
      - {id: m7, options: milestone, label: {en: "Walks across a room unaided", az: "Köməksiz otaq boyu yeriyir", ru: "Сам проходит через комнату"}}
      - {id: m8, options: milestone, label: {en: "Does a simple spoken request such as come here", az: "\"Bura gəl\" kimi sadə xahişi yerinə yetirir", ru: "Выполняет простую просьбу вроде «иди сюда»"}}
      - {id: m9, options: milestone, label: {en: "Runs", az: "Qaçır", ru: "Бегает"}}
      - {id: m10, options: milestone, label: {en: "Goes up stairs with a hand held", az: "Əlindən tutanda pilləkənlə qalxır", ru: "Поднимается по лестнице, держась за руку"}}
  - id: "15m"
    ages: {min_months: 15, max_months: 17}
    items:
      - {id: m1, options: milestone, label: {en: "Has a word for mother or father", az: "Ana və ya ata üçün söz işlədir", ru: "Называет маму или папу словом"}}
      - {id: m2, options: milestone, label: {en: "Looks for a familiar thing when you name it", az: "Adını çəkdiyiniz tanış əşyanı axtarır", ru: "Ищет знакомый предмет, когда его называют"}}
      - {id: m3, options: milestone, label: {en: "Imitates sounds you make", az: "Çıxardığınız səsləri təqlid edir", ru: "Повторяет звуки за вами"}}
      - {id: m4, options: milestone, label: {en: "Walks across a room unaided", az: "Köməksiz otaq boyu yeriyir", ru: "Сам проходит через комнату"}}
      - {id: m5, options: milestone, label: {en: "Does a simple spoken request such as come here", az: "\"Bura gəl\" kimi sadə xahişi yerinə yetirir", ru: "Выполняет простую просьбу вроде «иди сюда»"}}
      - {id: m6, options: milestone, label: {en: "Runs", az: "Qaçır", ru: "Бегает"}}
      - {id: m7, options: milestone, label: {en: "Goes up stairs with a hand held", az: "Əlindən tutanda pilləkənlə qalxır", ru: "Поднимается по лестнице, держась за руку"}}
      - {id: m8, options: milestone, label: {en: "Kicks a ball", az: "Topu təpikləyir", ru: "Пинает мяч"}}
      - {id: m9, options: milestone, label: {en: "Says the names of five or more everyday things", az: "Beş və ya daha çox gündəlik əşyanın adını deyir", ru: "Называет пять и более привычных предметов"}}
      - {id: m10, options: milestone, label: {en: "Names five or more parts of the body", az: "Bədənin beş və ya daha çox hissəsini adlandırır", ru: "Называет пять и более частей тела"}}
  - id: "18m"
    ages: {min_months: 18, max_months: 22}
    items:
      - {id: m1, options: milestone, label: {en: "Runs", az: "Qaçır", ru: "Бегает"}}
      - {id: m2, options: milestone, label: {en: "Goes up stairs with a hand held", az: "Əlindən tutanda pilləkənlə qalxır", ru: "Поднимается по лестнице, держась за руку"}}
      - {id: m3, options: milestone, label: {en: "Kicks a ball", az: "Topu təpikləyir", ru: "Пинает мяч"}}
      - {id: m4, options: milestone, label: {en: "Says the names of five or more everyday things", az: "Beş və ya daha çox gündəlik əşyanın adını deyir", ru: "Называет пять и более привычных предметов"}}
      - {id: m5, options: milestone, label: {en: "Names five or more parts of the body", az: "Bədənin beş və ya daha çox hissəsini adlandırır", ru: "Называет пять и более частей тела"}}
      - {id: m6, options: milestone, label: {en: "Climbs a playground ladder", az: "Meydançadakı nərdivana dırmaşır", ru: "Залезает по лесенке на площадке"}}
      - {id: m7, options: milestone, label: {en: "Says words for self such as me or mine", az: "\"Mən\", \"mənim\" kimi sözlər işlədir", ru: "Говорит слова о себе: «я», «моё»"}}
      - {id: m8, options: milestone, label: {en: "Jumps with both feet off the ground", az: "İki ayağı ilə yerdən tullanır", ru: "Подпрыгивает на двух ногах"}}
      - {id: m9, options: milestone, label: {en: "Joins two or more words", az: "İki və ya daha çox sözü birləşdirir", ru: "Соединяет два слова и больше"}}
      - {id: m10, options: milestone, label: {en: "Asks for help in words", az: "Sözlə kömək istəyir", ru: "Просит помощи словами"}}
  - id: "24m"
    ages: {min_months: 23, max_months: 28}
    items:
      - {id: m1, options: milestone, label: {en: "Names five or more parts of the body", az: "Bədənin beş və ya daha çox hissəsini adlandırır", ru: "Называет пять и более частей тела"}}
      - {id: m2, options: milestone, label: {en: "Climbs a playground ladder", az: "Meydançadakı nərdivana dırmaşır", ru: "Залезает по лесенке на площадке"}}
      - {id: m3, options: milestone, label: {en: "Says words for self such as me or mine", az: "\"Mən\", \"mənim\" kimi sözlər işlədir", ru: "Говорит слова о себе: «я», «моё»"}}
      - {id: m4, options: milestone, label: {en: "Jumps with both feet off the ground", az: "İki ayağı ilə yerdən tullanır", ru: "Подпрыгивает на двух ногах"}}
      - {id: m5, options: milestone, label: {en: "Joins two or more words", az: "İki və ya daha çox sözü birləşdirir", ru: "Соединяет два слова и больше"}}
      - {id: m6, options: milestone, label: {en: "Asks for help in words", az: "Sözlə kömək istəyir", ru: "Просит помощи словами"}}
      - {id: m7, options: milestone, label: {en: "Names a colour", az: "Bir rəngin adını deyir", ru: "Называет хотя бы один цвет"}}
      - {id: m8, options: milestone, label: {en: "Asks you to watch what they do", az: "Etdiyinə baxmağınızı istəyir", ru: "Просит посмотреть, что он делает"}}
      - {id: m9, options: milestone, label: {en: "Says own first name when asked", az: "Soruşanda adını deyir", ru: "Называет своё имя, когда спрашивают"}}
      - {id: m10, options: milestone, label: {en: "Makes lines with a crayon", az: "Karandaşla xətlər çəkir", ru: "Рисует карандашом линии"}}
  - id: "30m"
    ages: {min_months: 29, max_months: 34}
    items:
      - {id: m1, options: milestone, label: {en: "Names a colour", az: "Bir rəngin adını deyir", ru: "Называет хотя бы один цвет"}}
      - {id: m2, options: milestone, label: {en: "Asks you to watch what they do", az: "Etdiyinə baxmağınızı istəyir", ru: "Просит посмотреть, что он делает"}}
      - {id: m3, options: milestone, label: {en: "Says own first name when asked", az: "Soruşanda adını deyir", ru: "Называет своё имя, когда спрашивают"}}
      - {id: m4, options: milestone, label: {en: "Makes lines with a crayon", az: "Karandaşla xətlər çəkir", ru: "Рисует карандашом линии"}}
      - {id: m5, options: milestone, label: {en: "Is understood by people outside the family most of the time", az: "Ailədən kənar adamlar onu çox vaxt başa düşür", ru: "Чужие люди чаще всего понимают его речь"}}
      - {id: m6, options: milestone, label: {en: "Washes and dries hands alone", az: "Əllərini özü yuyur və qurulayır", ru: "Сам моет и вытирает руки"}}
      - {id: m7, options: milestone, label: {en: "Asks why and how questions", az: "\"Niyə?\" və \"necə?\" sualları verir", ru: "Задаёт вопросы «почему» и «как»"}}
      - {id: m8, options: milestone, label: {en: "Gives reasons for things", az: "Nəyin niyə olduğunu izah edir", ru: "Объясняет причины"}}
      - {id: m9, options: milestone, label: {en: "Compares things: bigger, shorter", az: "Əşyaları müqayisə edir: böyük, qısa", ru: "Сравнивает: больше, короче"}}
      - {id: m10, options: milestone, label: {en: "Says what to do when cold or sleepy", az: "Üşüyəndə və ya yuxusu gələndə nə etmək lazım olduğunu deyir", ru: "Говорит, что делать, когда холодно или хочется спать"}}
  - id: "36m"
    ages: {min_months: 35, max_months: 46}
    items:
      - {id: m1, options: milestone, label: {en: "Is understood by people outside the family most of the time", az: "Ailədən kənar adamlar onu çox vaxt başa düşür", ru: "Чужие люди чаще всего понимают его речь"}}
      - {id: m2, options: milestone, label: {en: "Washes and dries hands alone", az: "Əllərini özü yuyur və qurulayır", ru: "Сам моет и вытирает руки"}}
      - {id: m3, options: milestone, label: {en: "Asks why and how questions", az: "\"Niyə?\" və \"necə?\" sualları verir", ru: "Задаёт вопросы «почему» и «как»"}}
      - {id: m4, options: milestone, label: {en: "Gives reasons for things", az: "Nəyin niyə olduğunu izah edir", ru: "Объясняет причины"}}
      - {id: m5, options: milestone, label: {en: "Compares things: bigger, shorter", az: "Əşyaları müqayisə edir: böyük, qısa", ru: "Сравнивает: больше, короче"}}
      - {id: m6, options: milestone, label: {en: "Says what to do when cold or sleepy", az: "Üşüyəndə və ya yuxusu gələndə nə etmək lazım olduğunu deyir", ru: "Говорит, что делать, когда холодно или хочется спать"}}
      - {id: m7, options: milestone, label: {en: "Retells a story from a book or a programme", az: "Kitabdan və ya verilişdən hekayəni danışır", ru: "Пересказывает историю из книги или передачи"}}
      - {id: m8, options: milestone, label: {en: "Draws simple shapes such as a circle", az: "Dairə kimi sadə fiqurlar çəkir", ru: "Рисует простые фигуры, например круг"}}
      - {id: m9, options: milestone, label: {en: "Uses irregular word forms correctly", az: "Qeyri-müntəzəm söz formalarını düzgün işlədir", ru: "Правильно употребляет неправильные формы слов"}}
      - {id: m10, options: milestone, label: {en: "Uses yesterday and tomorrow correctly", az: "\"Dünən\" və \"sabah\" sözlərini düzgün işlədir", ru: "Правильно говорит «вчера» и «завтра»"}}
  - id: "48m"
    ages: {min_months: 47, max_months: 58}
    items:
      - {id: m1, options: milestone, label: {en: "Compares things: bigger, shorter", az: "Əşyaları müqayisə edir: böyük, qısa", ru: "Сравнивает: больше, короче"}}
      - {id: m2, options: milestone, label: {en: "Says what to do when cold or sleepy", az: "Üşüyəndə və ya yuxusu gələndə nə etmək lazım olduğunu deyir", ru: "Говорит, что делать, когда холодно или хочется спать"}}
      - {id: m3, options: milestone, label: {en: "Retells a story from a book or a programme", az: "Kitabdan və ya verilişdən hekayəni danışır", ru: "Пересказывает историю из книги или передачи"}}
      - {id: m4, options: milestone, label: {en: "Draws simple shapes such as a circle", az: "Dairə kimi sadə fiqurlar çəkir", ru: "Рисует простые фигуры, например круг"}}
      - {id: m5, options: milestone, label: {en: "Uses irregular word forms correctly", az: "Qeyri-müntəzəm söz formalarını düzgün işlədir", ru: "Правильно употребляет неправильные формы слов"}}
      - {id: m6, options: milestone, label: {en: "Uses yesterday and tomorrow correctly", az: "\"Dünən\" və \"sabah\" sözlərini düzgün işlədir", ru: "Правильно говорит «вчера» и «завтра»"}}
      - {id: m7, options: milestone, label: {en: "Stays dry through the night", az: "Gecə boyu quru qalır", ru: "Всю ночь остаётся сухим"}}
      - {id: m8, options: milestone, label: {en: "Keeps to simple rules of a board or card game", az: "Stolüstü və ya kart oyununun sadə qaydalarına əməl edir", ru: "Соблюдает простые правила настольной или карточной игры"}}
      - {id: m9, options: milestone, label: {en: "Writes own first name", az: "Öz adını yazır", ru: "Пишет своё имя"}}
      - {id: m10, options: milestone, label: {en: "Draws pictures others can recognise", az: "Başqalarının tanıya biləcəyi şəkillər çəkir", ru: "Рисует узнаваемые картинки"}}
  - id: "60m"
    ages: {min_months: 59, max_months: 65}
    items:
      - {id: m1, options: milestone, label: {en: "Retells a story from a book or a programme", az: "Kitabdan və ya verilişdən hekayəni danışır", ru: "Пересказывает историю из книги или передачи"}}
      - {id: m2, options: milestone, label: {en: "Draws simple shapes such as a circle", az: "Dairə kimi sadə fiqurlar çəkir", ru: "Рисует простые фигуры, например круг"}}
      - {id: m3, options: milestone, label: {en: "Uses irregular word forms correctly", az: "Qeyri-müntəzəm söz formalarını düzgün işlədir", ru: "Правильно употребляет неправильные формы слов"}}
      - {id: m4, options: milestone, label: {en: "Uses yesterday and tomorrow correctly", az: "\"Dünən\" və \"sabah\" sözlərini düzgün işlədir", ru: "Правильно говорит «вчера» и «завтра»"}}
      - {id: m5, options: milestone, label: {en: "Stays dry through the night", az: "Gecə boyu quru qalır", ru: "Всю ночь остаётся сухим"}}
      - {id: m6, options: milestone, label: {en: "Keeps to simple rules of a board or card game", az: "Stolüstü və ya kart oyununun sadə qaydalarına əməl edir", ru: "Соблюдает простые правила настольной или карточной игры"}}
      - {id: m7, options: milestone, label: {en: "Writes own first name", az: "Öz adını yazır", ru: "Пишет своё имя"}}
      - {id: m8, options: milestone, label: {en: "Draws pictures others can recognise", az: "Başqalarının tanıya biləcəyi şəkillər çəkir", ru: "Рисует узнаваемые картинки"}}
      - {id: m9, options: milestone, label: {en: "Colours inside the lines", az: "Rəngləyəndə xətlərdən çıxmır", ru: "Раскрашивает, не выходя за контуры"}}
      - {id: m10, options: milestone, label: {en: "Says the days of the week in order", az: "Həftənin günlərini ardıcıl sayır", ru: "Называет дни недели по порядку"}}

tables:
  # Needs review when the total is at or below this, by age in completed months (corrected under
  # 24 months). 1-3 and 59-65: the 2- and 60-month forms have no threshold (-1: none).
  - id: review_at_or_below
    by: age_months
    rows:
      - {from: 1, to: 3, value: -1}
      - {from: 4, to: 4, value: 13}
      - {from: 5, to: 5, value: 15}
      - {from: 6, to: 6, value: 11}
      - {from: 7, to: 7, value: 14}
      - {from: 8, to: 8, value: 16}
      - {from: 9, to: 9, value: 11}
      - {from: 10, to: 10, value: 13}
      - {from: 11, to: 11, value: 14}
      - {from: 12, to: 12, value: 12}
      - {from: 13, to: 13, value: 13}
      - {from: 14, to: 14, value: 14}
      - {from: 15, to: 15, value: 10}
      - {from: 16, to: 16, value: 12}
      - {from: 17, to: 17, value: 13}
      - {from: 18, to: 18, value: 8}
      - {from: 19, to: 19, value: 10}
      - {from: 20, to: 20, value: 11}
      - {from: 21, to: 21, value: 13}
      - {from: 22, to: 22, value: 14}
      - {from: 23, to: 23, value: 10}
      - {from: 24, to: 24, value: 11}
      - {from: 25, to: 25, value: 12}
      - {from: 26, to: 26, value: 13}
      - {from: 27, to: 27, value: 14}
      - {from: 28, to: 28, value: 15}
      - {from: 29, to: 29, value: 9}
      - {from: 30, to: 30, value: 10}
      - {from: 31, to: 31, value: 11}
      - {from: 32, to: 32, value: 12}
      - {from: 33, to: 33, value: 13}
      - {from: 34, to: 34, value: 13}
      - {from: 35, to: 35, value: 10}
      - {from: 36, to: 36, value: 11}
      - {from: 37, to: 37, value: 12}
      - {from: 38, to: 38, value: 13}
      - {from: 39, to: 39, value: 13}
      - {from: 40, to: 40, value: 14}
      - {from: 41, to: 41, value: 14}
      - {from: 42, to: 42, value: 15}
      - {from: 43, to: 43, value: 15}
      - {from: 44, to: 44, value: 16}
      - {from: 45, to: 45, value: 16}
      - {from: 46, to: 46, value: 16}
      - {from: 47, to: 47, value: 12}
      - {from: 48, to: 48, value: 13}
      - {from: 49, to: 49, value: 13}
      - {from: 50, to: 50, value: 13}
      - {from: 51, to: 51, value: 14}
      - {from: 52, to: 52, value: 14}
      - {from: 53, to: 53, value: 14}
      - {from: 54, to: 54, value: 15}
      - {from: 55, to: 55, value: 15}
      - {from: 56, to: 56, value: 15}
      - {from: 57, to: 57, value: 15}
      - {from: 58, to: 58, value: 16}
      - {from: 59, to: 65, value: -1}

scores:
  - id: total
    title: {en: Milestones total, az: Mərhələlərin cəmi, ru: Сумма по навыкам}
    rule: sum(m1..m10)

bands:
  - id: surveillance_only
    title:
      en: "No cut-off for this form: surveillance only, talk the answers through"
      az: "Bu forma üçün hədd yoxdur: yalnız müşahidə, cavabları müzakirə edin"
      ru: "Для этой формы нет порога: только наблюдение, обсудите ответы"
    when: review_at_or_below < 0
    outcome: monitor
  - id: needs_review
    title: {en: Needs review, az: Əlavə qiymətləndirmə lazımdır, ru: Требует дообследования}
    when: total <= review_at_or_below
    outcome: follow_up
    recommend:
      - {referral: developmental-pediatrician, urgency: soon}
  - id: meets_expectations
    title: {en: Meets age expectations, az: Yaşa uyğundur, ru: Соответствует возрасту}
    when: total > review_at_or_below
    outcome: no_concern

tests:
  - name: 4 months, total 13 is at the threshold, needs review
    age_months: 4
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 4 months, total 14 is above it, meets expectations
    age_months: 4
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 5 months, total 15 is at the threshold, needs review
    age_months: 5
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 5 months, total 16 is above it, meets expectations
    age_months: 5
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 6 months, total 11 is at the threshold, needs review
    age_months: 6
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 6 months, total 12 is above it, meets expectations
    age_months: 6
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 7 months, total 14 is at the threshold, needs review
    age_months: 7
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 7 months, total 15 is above it, meets expectations
    age_months: 7
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 8 months, total 16 is at the threshold, needs review
    age_months: 8
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 16}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 8 months, total 17 is above it, meets expectations
    age_months: 8
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 17}, outcome: no_concern, referrals: []}
  - name: 9 months, total 11 is at the threshold, needs review
    age_months: 9
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 9 months, total 12 is above it, meets expectations
    age_months: 9
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 10 months, total 13 is at the threshold, needs review
    age_months: 10
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 10 months, total 14 is above it, meets expectations
    age_months: 10
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 11 months, total 14 is at the threshold, needs review
    age_months: 11
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 11 months, total 15 is above it, meets expectations
    age_months: 11
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 12 months, total 12 is at the threshold, needs review
    age_months: 12
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 12 months, total 13 is above it, meets expectations
    age_months: 12
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 13 months, total 13 is at the threshold, needs review
    age_months: 13
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 13 months, total 14 is above it, meets expectations
    age_months: 13
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 14 months, total 14 is at the threshold, needs review
    age_months: 14
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 14 months, total 15 is above it, meets expectations
    age_months: 14
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 15 months, total 10 is at the threshold, needs review
    age_months: 15
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 10}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 15 months, total 11 is above it, meets expectations
    age_months: 15
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 11}, outcome: no_concern, referrals: []}
  - name: 16 months, total 12 is at the threshold, needs review
    age_months: 16
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 16 months, total 13 is above it, meets expectations
    age_months: 16
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 17 months, total 13 is at the threshold, needs review
    age_months: 17
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 17 months, total 14 is above it, meets expectations
    age_months: 17
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 18 months, total 8 is at the threshold, needs review
    age_months: 18
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 8}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 18 months, total 9 is above it, meets expectations
    age_months: 18
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 9}, outcome: no_concern, referrals: []}
  - name: 19 months, total 10 is at the threshold, needs review
    age_months: 19
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 10}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 19 months, total 11 is above it, meets expectations
    age_months: 19
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 11}, outcome: no_concern, referrals: []}
  - name: 20 months, total 11 is at the threshold, needs review
    age_months: 20
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 20 months, total 12 is above it, meets expectations
    age_months: 20
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 21 months, total 13 is at the threshold, needs review
    age_months: 21
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 21 months, total 14 is above it, meets expectations
    age_months: 21
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 22 months, total 14 is at the threshold, needs review
    age_months: 22
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 22 months, total 15 is above it, meets expectations
    age_months: 22
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 23 months, total 10 is at the threshold, needs review
    age_months: 23
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 10}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 23 months, total 11 is above it, meets expectations
    age_months: 23
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 11}, outcome: no_concern, referrals: []}
  - name: 24 months, total 11 is at the threshold, needs review
    age_months: 24
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 24 months, total 12 is above it, meets expectations
    age_months: 24
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 25 months, total 12 is at the threshold, needs review
    age_months: 25
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 25 months, total 13 is above it, meets expectations
    age_months: 25
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 26 months, total 13 is at the threshold, needs review
    age_months: 26
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 26 months, total 14 is above it, meets expectations
    age_months: 26
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 27 months, total 14 is at the threshold, needs review
    age_months: 27
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 27 months, total 15 is above it, meets expectations
    age_months: 27
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 28 months, total 15 is at the threshold, needs review
    age_months: 28
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 28 months, total 16 is above it, meets expectations
    age_months: 28
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 29 months, total 9 is at the threshold, needs review
    age_months: 29
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 9}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 29 months, total 10 is above it, meets expectations
    age_months: 29
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 10}, outcome: no_concern, referrals: []}
  - name: 30 months, total 10 is at the threshold, needs review
    age_months: 30
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 10}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 30 months, total 11 is above it, meets expectations
    age_months: 30
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 11}, outcome: no_concern, referrals: []}
  - name: 31 months, total 11 is at the threshold, needs review
    age_months: 31
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 31 months, total 12 is above it, meets expectations
    age_months: 31
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 32 months, total 12 is at the threshold, needs review
    age_months: 32
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 32 months, total 13 is above it, meets expectations
    age_months: 32
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 33 months, total 13 is at the threshold, needs review
    age_months: 33
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 33 months, total 14 is above it, meets expectations
    age_months: 33
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 34 months, total 13 is at the threshold, needs review
    age_months: 34
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 34 months, total 14 is above it, meets expectations
    age_months: 34
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 35 months, total 10 is at the threshold, needs review
    age_months: 35
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 10}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 35 months, total 11 is above it, meets expectations
    age_months: 35
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 11}, outcome: no_concern, referrals: []}
  - name: 36 months, total 11 is at the threshold, needs review
    age_months: 36
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 11}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 36 months, total 12 is above it, meets expectations
    age_months: 36
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 12}, outcome: no_concern, referrals: []}
  - name: 37 months, total 12 is at the threshold, needs review
    age_months: 37
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 37 months, total 13 is above it, meets expectations
    age_months: 37
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 38 months, total 13 is at the threshold, needs review
    age_months: 38
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 38 months, total 14 is above it, meets expectations
    age_months: 38
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 39 months, total 13 is at the threshold, needs review
    age_months: 39
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 39 months, total 14 is above it, meets expectations
    age_months: 39
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 40 months, total 14 is at the threshold, needs review
    age_months: 40
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 40 months, total 15 is above it, meets expectations
    age_months: 40
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 41 months, total 14 is at the threshold, needs review
    age_months: 41
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 41 months, total 15 is above it, meets expectations
    age_months: 41
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 42 months, total 15 is at the threshold, needs review
    age_months: 42
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 42 months, total 16 is above it, meets expectations
    age_months: 42
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 43 months, total 15 is at the threshold, needs review
    age_months: 43
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 43 months, total 16 is above it, meets expectations
    age_months: 43
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 44 months, total 16 is at the threshold, needs review
    age_months: 44
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 16}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 44 months, total 17 is above it, meets expectations
    age_months: 44
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 17}, outcome: no_concern, referrals: []}
  - name: 45 months, total 16 is at the threshold, needs review
    age_months: 45
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 16}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 45 months, total 17 is above it, meets expectations
    age_months: 45
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 17}, outcome: no_concern, referrals: []}
  - name: 46 months, total 16 is at the threshold, needs review
    age_months: 46
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 16}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 46 months, total 17 is above it, meets expectations
    age_months: 46
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 17}, outcome: no_concern, referrals: []}
  - name: 47 months, total 12 is at the threshold, needs review
    age_months: 47
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 12}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 47 months, total 13 is above it, meets expectations
    age_months: 47
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 13}, outcome: no_concern, referrals: []}
  - name: 48 months, total 13 is at the threshold, needs review
    age_months: 48
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 48 months, total 14 is above it, meets expectations
    age_months: 48
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 49 months, total 13 is at the threshold, needs review
    age_months: 49
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 49 months, total 14 is above it, meets expectations
    age_months: 49
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 50 months, total 13 is at the threshold, needs review
    age_months: 50
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 13}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 50 months, total 14 is above it, meets expectations
    age_months: 50
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 14}, outcome: no_concern, referrals: []}
  - name: 51 months, total 14 is at the threshold, needs review
    age_months: 51
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 51 months, total 15 is above it, meets expectations
    age_months: 51
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 52 months, total 14 is at the threshold, needs review
    age_months: 52
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 52 months, total 15 is above it, meets expectations
    age_months: 52
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 53 months, total 14 is at the threshold, needs review
    age_months: 53
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 14}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 53 months, total 15 is above it, meets expectations
    age_months: 53
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 15}, outcome: no_concern, referrals: []}
  - name: 54 months, total 15 is at the threshold, needs review
    age_months: 54
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 54 months, total 16 is above it, meets expectations
    age_months: 54
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 55 months, total 15 is at the threshold, needs review
    age_months: 55
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 55 months, total 16 is above it, meets expectations
    age_months: 55
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 56 months, total 15 is at the threshold, needs review
    age_months: 56
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 56 months, total 16 is above it, meets expectations
    age_months: 56
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 57 months, total 15 is at the threshold, needs review
    age_months: 57
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: somewhat}
    expect: {status: scored, band: needs_review, scores: {total: 15}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 57 months, total 16 is above it, meets expectations
    age_months: 57
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: meets_expectations, scores: {total: 16}, outcome: no_concern, referrals: []}
  - name: 58 months, total 16 is at the threshold, needs review
    age_months: 58
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {status: scored, band: needs_review, scores: {total: 16}, outcome: follow_up, referrals: [developmental-pediatrician]}
  - name: 58 months, total 17 is above it, meets expectations
    age_months: 58
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: somewhat}
    expect: {status: scored, band: meets_expectations, scores: {total: 17}, outcome: no_concern, referrals: []}
  - name: the tenth milestone counts (12 at 9 months with m5 to m10 very much)
    age_months: 9
    fill: lowest
    answers: {m5: very_much, m6: very_much, m7: very_much, m8: very_much, m9: very_much, m10: very_much}
    expect: {scores: {total: 12}, band: meets_expectations}
  - name: the 2-month form has no cut-off, even with every milestone met
    age_months: 2
    fill: highest
    expect: {status: scored, form: "2m", band: surveillance_only, outcome: monitor, referrals: []}
  - name: the 60-month form has no cut-off
    age_months: 62
    fill: highest
    expect: {status: scored, form: "60m", band: surveillance_only, outcome: monitor, referrals: []}
  - name: two boxes ticked count as the more concerning one, which here has fewer points
    age_months: 9
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: [somewhat, very_much]}
    expect: {scores: {total: 11}, band: needs_review}
  - name: an unanswered milestone that could cross the threshold leaves the result open
    age_months: 9
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat, m7: ~}
    expect: {status: incomplete, band: ~, outcome: incomplete, missing: [m7]}
  - name: an unanswered milestone cannot lift a low total out of needs review
    age_months: 9
    fill: lowest
    answers: {m1: very_much, m2: very_much, m10: ~}
    expect: {status: scored, band: needs_review, missing: [m10]}
  - name: nothing answered is never reassuring
    age_months: 12
    expect: {status: incomplete, band: ~, outcome: incomplete}
  - name: born at 36 weeks, 9 months old is looked up at 8 months corrected on the 6-month form
    age_months: 9
    gestational_age_weeks: 36
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much, m7: very_much, m8: very_much}
    expect: {form: "6m", scores: {total: 16}, band: needs_review}
  - name: born at 38 weeks (2 weeks early) is not corrected, 9-month form
    age_months: 9
    gestational_age_weeks: 38
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: very_much}
    expect: {form: "9m", scores: {total: 12}, band: meets_expectations}
  - name: born at 30 weeks, 24 months old is not corrected (the SWYC stops at 24 months)
    age_months: 24
    gestational_age_weeks: 30
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {form: "24m", scores: {total: 11}, band: needs_review}
  - name: born at 30 weeks, 23 months old is 20 months corrected on the 18-month form
    age_months: 23
    gestational_age_weeks: 30
    fill: lowest
    answers: {m1: very_much, m2: very_much, m3: very_much, m4: very_much, m5: very_much, m6: somewhat}
    expect: {form: "18m", scores: {total: 11}, band: needs_review}
  - name: under 1 month there is no form
    age_months: 0
    fill: lowest
    expect: {status: not_applicable}
  - name: from 66 months there is no form
    age_months: 66
    fill: lowest
    expect: {status: not_applicable}

"""#),
        ("Instruments/swyc-ppsc.yaml", #"""
# SWYC Preschool Pediatric Symptom Checklist: social-emotional screen from 18 months to school age.
# Scoring rules (facts) and short labels in our own words only.
format: earlyscreen/instrument@1
id: swyc-ppsc
version: "1.07"
title:
  en: SWYC PPSC — preschool behaviour checklist
  az: SWYC PPSC — məktəbəqədər yaşda davranış siyahısı
  ru: SWYC PPSC — чек-лист поведения дошкольника
summary:
  en: Eighteen items about behaviour and parenting, each 0 to 2, for children from 18 months to 5 years; the total is what counts.
  az: Davranış və tərbiyə haqqında on səkkiz sual, hər biri 0–2, 18 aylıqdan 5 yaşadək uşaqlar üçün; nəticəni ümumi bal verir.
  ru: Восемнадцать вопросов о поведении и воспитании, каждый 0–2, для детей от 18 месяцев до 5 лет; значение имеет общий балл.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    Sheldrick RC, Henson BS, Merchant S, Neger EN, Murphy JM, Perrin EC. The Preschool Pediatric
    Symptom Checklist (PPSC): development and initial validation of a new social/emotional
    screening instrument. Acad Pediatr. 2012;12(5):456-467. doi:10.1016/j.acap.2012.06.008.
    Perrin EC, Sheldrick RC et al. Survey of Well-being of Young Children (SWYC), Tufts Medical Center.
  url: https://www.tuftsmedicine.org/medical-professionals/survey-well-being-young-children
  notes: >-
    18 items (SWYC "Parts of the SWYC" pages), options not at all / somewhat / very much scoring
    0 / 1 / 2 (SWYC PPSC page), one total (the four dimensions - externalizing, internalizing,
    attention, parenting challenges - are not scored apart). Cut-off: a total of 9 or more needs
    review. That threshold is the one used across the SWYC literature and in an open-source e-SWYC
    app's scoring code; its primary statement is the SWYC User's Manual (Perrin et al. 2016), which
    could not be opened here. Ages 18 months 0 days to 65 months 31 days (SWYC PPSC page); the
    18-month form carrying the PPSC rests on a secondary transcription of the v1.08 forms that
    agrees with the official age ranges. Item order follows an open-source transcription of the
    SWYC forms (the official form was not opened); a printed form that orders items differently
    maps to these ids by content. Left out on purpose: a rule for missing answers. Counting them
    as 0 (as the BPSC does) is not sourced for the PPSC, so the engine scores unanswered items as
    a range and gives a band only when every way they could be answered agrees. Prematurity: the
    SWYC rule (correct only under 24 months and when born at least 3 weeks early).
    Local policy (earlyscreen): with more than 3 of the 18 items unanswered, no reassuring result is
    given.
license:
  holder: © 2010 Tufts Medical Center
  terms: >-
    Free of cost. Changes to any SWYC component are strongly discouraged; exceptions by request to
    the authors.
  before_use: >-
    Ask the SWYC authors (TEAM UP for Children, Boston Medical Center) about electronic use and
    translations before a deployment shows the form's wording; this file's labels are summaries for staff.
ages: {min_months: 18, max_months: 65, basis: corrected}
prematurity: {term_weeks: 40, min_weeks_early: 3, until_months: 24}
several_ticked: most_concerning
missing: {max_items: 3}  # local policy, see source.notes

option_sets:
  frequency:
    - {id: not_at_all, points: 0, label: {en: Not at all, az: Heç, ru: Совсем нет}}
    - {id: somewhat, points: 1, label: {en: Somewhat, az: Bir qədər, ru: Отчасти}}
    - {id: very_much, points: 2, label: {en: Very much, az: Çox, ru: Очень}}

items:
  - id: q1
    options: frequency
    label: {en: Fearful or anxious, az: Qorxaq və ya həyəcanlıdır, ru: Пуглив или тревожен}
  - id: q2
    options: frequency
    label: {en: Sad or unhappy, az: Kədərli və ya narazı görünür, ru: Выглядит грустным или несчастным}
  - id: q3
    options: frequency
    label: {en: Upset when things are not done a certain way, az: İşlər onun istədiyi kimi olmayanda əsəbiləşir, ru: "Расстраивается, если что-то сделано не по-его"}
  - id: q4
    options: frequency
    label: {en: Struggles with change, az: Dəyişikliklərə çətin uyğunlaşır, ru: Тяжело переносит перемены}
  - id: q5
    options: frequency
    label: {en: Struggles to play with other children, az: Başqa uşaqlarla oynamaqda çətinlik çəkir, ru: С трудом играет с другими детьми}
  - id: q6
    options: frequency
    label: {en: Breaks things deliberately, az: Əşyaları qəsdən sındırır, ru: Ломает вещи нарочно}
  - id: q7
    options: frequency
    label: {en: Fights with other children, az: Başqa uşaqlarla dalaşır, ru: Дерётся с другими детьми}
  - id: q8
    options: frequency
    label: {en: Struggles to pay attention, az: Diqqətini cəmləməkdə çətinlik çəkir, ru: Трудно сосредоточить внимание}
  - id: q9
    options: frequency
    label: {en: Struggles to calm down, az: Çətin sakitləşir, ru: Трудно успокаивается}
  - id: q10
    options: frequency
    label: {en: Struggles to stay with one activity, az: Bir məşğuliyyətdə çətin qalır, ru: С трудом удерживается на одном занятии}
  - id: q11
    options: frequency
    label: {en: Aggressive, az: Aqressivdir, ru: Агрессивен}
  - id: q12
    options: frequency
    label: {en: "Fidgety, cannot sit still", az: "Narahatdır, yerində otura bilmir", ru: "Непоседлив, не может усидеть на месте"}
  - id: q13
    options: frequency
    label: {en: Angry, az: Hirslidir, ru: Злится}
  - id: q14
    options: frequency
    label: {en: Hard to take out in public, az: Onu ictimai yerlərə aparmaq çətindir, ru: Трудно выходить с ним в люди}
  - id: q15
    options: frequency
    label: {en: Hard to comfort, az: Təsəlli vermək çətindir, ru: Трудно утешить}
  - id: q16
    options: frequency
    label: {en: Hard to tell what the child needs, az: Uşağın nə istədiyini anlamaq çətindir, ru: "Трудно понять, что ему нужно"}
  - id: q17
    options: frequency
    label: {en: Hard to keep on a schedule, az: Rejimə salmaq çətindir, ru: Трудно соблюдать режим}
  - id: q18
    options: frequency
    label: {en: Hard to get the child to obey, az: Uşağı söz eşitməyə məcbur etmək çətindir, ru: Трудно добиться послушания}

scores:
  - id: total
    title: {en: PPSC total, az: PPSC ümumi balı, ru: Общий балл PPSC}
    rule: sum(q1..q18)

bands:
  - id: needs_review
    title: {en: Needs review, az: Əlavə qiymətləndirmə lazımdır, ru: Требует дообследования}
    when: total >= 9
    outcome: follow_up
    recommend:
      - {referral: child-mental-health, urgency: soon}
  - id: low_risk
    title: {en: No concern, az: Narahatlıq yoxdur, ru: Без опасений}
    when: total <= 8
    outcome: no_concern

tests:
  - name: all not at all is no concern
    age_months: 36
    fill: lowest
    expect: {status: scored, band: low_risk, scores: {total: 0}, outcome: no_concern, referrals: []}
  - name: all very much needs review
    age_months: 36
    fill: highest
    expect: {status: scored, band: needs_review, scores: {total: 36}, outcome: follow_up, referrals: [child-mental-health]}
  - name: total 8 is below the cut-off
    age_months: 30
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much, q18: very_much}
    expect: {band: low_risk, scores: {total: 8}, outcome: no_concern}
  - name: total 9 needs review
    age_months: 30
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much, q18: very_much, q13: somewhat}
    expect: {band: needs_review, scores: {total: 9}, outcome: follow_up}
  - name: nine items at somewhat need review
    age_months: 48
    fill: lowest
    answers: {q2: somewhat, q3: somewhat, q4: somewhat, q6: somewhat, q7: somewhat, q8: somewhat, q10: somewhat, q11: somewhat, q12: somewhat}
    expect: {band: needs_review, scores: {total: 9}}
  - name: parenting items count like the others
    age_months: 48
    fill: lowest
    answers: {q14: very_much, q15: very_much, q16: very_much, q17: very_much}
    expect: {band: low_risk, scores: {total: 8}}
  - name: two boxes ticked count as the more concerning one
    age_months: 48
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much, q18: very_much, q13: [not_at_all, somewhat]}
    expect: {band: needs_review, scores: {total: 9}}
  - name: a missing answer that cannot reach 9 leaves no concern standing
    age_months: 40
    fill: lowest
    answers: {q1: somewhat, q2: ~}
    expect: {status: scored, band: low_risk, missing: [q2]}
  - name: a missing answer that could lift total 7 to 9 makes it incomplete, never no concern
    age_months: 40
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much, q18: somewhat, q2: ~}
    expect: {status: incomplete, band: ~, outcome: incomplete, missing: [q2]}
  - name: a missing answer cannot lower total 9 below the cut-off
    age_months: 40
    fill: lowest
    answers: {q1: very_much, q5: very_much, q9: very_much, q18: very_much, q13: somewhat, q2: ~}
    expect: {status: scored, band: needs_review}
  - name: nothing answered is incomplete, never no concern
    age_months: 40
    expect: {status: incomplete, band: ~, outcome: incomplete}
  - name: 17 months is below the range (the BPSC applies)
    age_months: 17
    fill: lowest
    expect: {status: not_applicable}
  - name: 18 months is the first month in range
    age_months: 18
    fill: lowest
    expect: {status: scored, band: low_risk}
  - name: 65 months is the last month in range
    age_months: 65
    fill: lowest
    expect: {status: scored}
  - name: 66 months is past the range
    age_months: 66
    fill: lowest
    expect: {status: not_applicable}
  - name: born at 30 weeks, 20 months old is 17 months corrected, so not yet in range
    age_months: 20
    gestational_age_weeks: 30
    fill: lowest
    expect: {status: not_applicable}
  - name: correction stops at 24 months chronological
    age_months: 24
    gestational_age_weeks: 30
    fill: lowest
    expect: {status: scored, band: low_risk}

"""#),
        ("Instruments/who-motor.yaml", #"""
# WHO Multicentre Growth Reference Study: windows of achievement for six gross motor milestones.
# A milestone not yet achieved past its 99th-percentile age is late: a signal to screen, not a diagnosis.
format: earlyscreen/instrument@1
id: who-motor
version: "2006"
title:
  en: WHO motor milestone windows
  az: ÜST motor inkişaf mərhələlərinin pəncərələri
  ru: Окна достижения моторных навыков ВОЗ
summary:
  en: Six gross motor milestones, each late when not yet achieved past the age by which 99% of healthy children achieve it.
  az: Altı əsas motor bacarıq; sağlam uşaqların 99%-nin əldə etdiyi yaşdan sonra hələ yoxdursa, gecikmiş sayılır.
  ru: Шесть крупных моторных навыков; навык считается запоздалым, если его нет после возраста, к которому его осваивают 99% здоровых детей.
locales: {en: source, az: not_validated, ru: not_validated}
source:
  citation: >-
    WHO Multicentre Growth Reference Study Group. WHO Motor Development Study: windows of
    achievement for six gross motor development milestones. Acta Paediatr Suppl. 2006;450:86-95.
    doi:10.1111/j.1651-2227.2006.tb02379.x
  notes: >-
    99th percentiles from the paper's abstract (months): sitting without support 9.2, standing with
    assistance 11.4, hands-and-knees crawling 13.5, walking with assistance 13.7, standing alone
    16.9, walking alone 17.6. The windows describe normal variation in healthy children; the study
    intends them as a signal to screen when a child appears late. Design choices, not published
    rules: (1) "late" means not yet achieved on a day past the 99th percentile, with months converted
    to days at 30.4375 days a month, so each threshold is written in days (9.2 months = 280.0 days:
    late from day 281); (2) hands-and-knees crawling is recorded but never flagged, because 4.3% of
    the study's children never crawled on hands and knees; (3) ages are chronological: the study
    sample was term infants and the paper gives no rule for prematurity, so a deployment that
    corrects must add its own prematurity policy (chronological age can only flag earlier, never
    reassure). Ages 4 to 24 months, the study's observation window.
    Local policy (earlyscreen): with more than 1 of the 6 milestones unanswered, no reassuring
    result is given (young babies cannot be late yet, so a blank form would otherwise read as within
    the windows).
license:
  holder: World Health Organization (the figures); Acta Paediatrica (the article)
  terms: >-
    The percentiles are published facts, shipped with their citation. The article's text is not reproduced.
ages: {min_months: 4, max_months: 24, basis: chronological}
missing: {max_items: 1}  # local policy, see source.notes

option_sets:
  achieved:
    - {id: achieved, points: 0, label: {en: Achieved, az: Əldə edib, ru: Освоил}}
    - {id: not_yet, points: 1, label: {en: Not yet, az: Hələ yox, ru: Ещё нет}}

items:
  - id: sitting_without_support
    options: achieved
    label: {en: Sits up straight without support, az: Dayaqsız düz oturur, ru: Сидит ровно без опоры}
  - id: standing_with_assistance
    options: achieved
    label: {en: Stands holding on to support, az: Dayağa tutaraq durur, ru: "Стоит, держась за опору"}
  - id: hands_knees_crawling
    options: achieved
    label: {en: Crawls on hands and knees, az: Əlləri və dizləri üstə sürünür, ru: Ползает на четвереньках}
  - id: walking_with_assistance
    options: achieved
    label: {en: Walks holding on to support, az: Dayağa tutaraq yeriyir, ru: "Ходит, держась за опору"}
  - id: standing_alone
    options: achieved
    label: {en: Stands alone, az: Müstəqil durur, ru: Стоит самостоятельно}
  - id: walking_alone
    options: achieved
    label: {en: Walks alone, az: Müstəqil yeriyir, ru: Ходит самостоятельно}

scores:
  # Each milestone is late (1) when not yet achieved past its 99th percentile, in days.
  - id: sitting_late
    title: {en: Sitting late, az: Oturma gecikir, ru: Сидение запаздывает}
    rule: count(sitting_without_support, it == "not_yet" and age_days > 280)
  - id: standing_assisted_late
    title: {en: Standing with support late, az: Dayaqla durma gecikir, ru: Стояние с опорой запаздывает}
    rule: count(standing_with_assistance, it == "not_yet" and age_days > 346)
  - id: walking_assisted_late
    title: {en: Walking with support late, az: Dayaqla yerimə gecikir, ru: Ходьба с опорой запаздывает}
    rule: count(walking_with_assistance, it == "not_yet" and age_days > 416)
  - id: standing_alone_late
    title: {en: Standing alone late, az: Müstəqil durma gecikir, ru: Самостоятельное стояние запаздывает}
    rule: count(standing_alone, it == "not_yet" and age_days > 514)
  - id: walking_alone_late
    title: {en: Walking alone late, az: Müstəqil yerimə gecikir, ru: Самостоятельная ходьба запаздывает}
    rule: count(walking_alone, it == "not_yet" and age_days > 535)
  - id: late
    title: {en: Milestones late, az: Gecikən mərhələlər, ru: Запоздавшие навыки}
    rule: sitting_late + standing_assisted_late + walking_assisted_late + standing_alone_late + walking_alone_late

bands:
  - id: on_track
    title: {en: Within the WHO windows, az: ÜST pəncərələri daxilində, ru: В пределах окон ВОЗ}
    when: late == 0
    outcome: no_concern
  - id: late
    title: {en: Late for a motor milestone, az: Motor mərhələdə gecikmə, ru: Запаздывание моторного навыка}
    when: late >= 1
    outcome: follow_up
    recommend:
      - {referral: developmental-screening, urgency: soon}

tests:
  - name: everything achieved is on track
    age_months: 20
    fill: lowest
    expect: {status: scored, band: on_track, scores: {late: 0}, referrals: []}
  - name: not sitting at day 280 (9.2 months) is not yet late
    age_days: 280
    fill: lowest
    answers: {sitting_without_support: not_yet, standing_with_assistance: not_yet, walking_with_assistance: not_yet, standing_alone: not_yet, walking_alone: not_yet, hands_knees_crawling: not_yet}
    expect: {band: on_track, scores: {late: 0}}
  - name: not sitting at day 281 is late
    age_days: 281
    fill: lowest
    answers: {sitting_without_support: not_yet}
    expect: {band: late, scores: {sitting_late: 1, late: 1}, outcome: follow_up, referrals: [developmental-screening]}
  - name: not standing with assistance at day 346 (11.4 months) is not yet late
    age_days: 346
    fill: lowest
    answers: {standing_with_assistance: not_yet}
    expect: {band: on_track}
  - name: not standing with assistance at day 347 is late
    age_days: 347
    fill: lowest
    answers: {standing_with_assistance: not_yet}
    expect: {band: late, scores: {standing_assisted_late: 1}}
  - name: not walking with assistance at day 416 (13.7 months) is not yet late
    age_days: 416
    fill: lowest
    answers: {walking_with_assistance: not_yet}
    expect: {band: on_track}
  - name: not walking with assistance at day 417 is late
    age_days: 417
    fill: lowest
    answers: {walking_with_assistance: not_yet}
    expect: {band: late, scores: {walking_assisted_late: 1}}
  - name: not standing alone at day 514 (16.9 months) is not yet late
    age_days: 514
    fill: lowest
    answers: {standing_alone: not_yet}
    expect: {band: on_track}
  - name: not standing alone at day 515 is late
    age_days: 515
    fill: lowest
    answers: {standing_alone: not_yet}
    expect: {band: late, scores: {standing_alone_late: 1}}
  - name: not walking alone at day 535 (17.6 months) is not yet late
    age_days: 535
    fill: lowest
    answers: {walking_alone: not_yet}
    expect: {band: on_track}
  - name: not walking alone at day 536 is late
    age_days: 536
    fill: lowest
    answers: {walking_alone: not_yet}
    expect: {band: late, scores: {walking_alone_late: 1}}
  - name: never crawling is not flagged, even at 24 months
    age_months: 24
    fill: lowest
    answers: {hands_knees_crawling: not_yet}
    expect: {band: on_track, scores: {late: 0}}
  - name: two late milestones count two
    age_months: 20
    fill: lowest
    answers: {standing_alone: not_yet, walking_alone: not_yet}
    expect: {band: late, scores: {late: 2}}
  - name: an unanswered milestone past its window is incomplete, never on track
    age_months: 20
    fill: lowest
    answers: {walking_alone: ~}
    expect: {status: incomplete, band: ~, missing: [walking_alone]}
  - name: an unanswered milestone still inside its window does not matter
    age_days: 400
    fill: lowest
    answers: {walking_alone: ~}
    expect: {status: scored, band: on_track, missing: [walking_alone]}
  - name: 3 months is below the study window
    age_months: 3
    fill: lowest
    expect: {status: not_applicable}
  - name: 24 months is the last month
    age_months: 24
    fill: lowest
    expect: {status: scored}
  - name: 25 months is past the window
    age_months: 25
    fill: lowest
    expect: {status: not_applicable}

"""#),
    ]

    /// Each file's digest, computed as it was embedded. The embedding test loads every file with
    /// all checks first (band coverage proved), so the built-in set is not hashed or proved again
    /// at every start (InstrumentSetLoader's `embedded`).
    static let digests: [String: String] = [
        "Instruments/cdc-ltsae.yaml": "sha256:fb1a1ff4b1c6975d0bd70cbc479a8194217236ccfb6dac7b06fac93f61c82d1d",
        "Instruments/epds.yaml": "sha256:f33b6c2ce4816396a06d4e24b96d9f6d375d02c66eb6f09327d8c3ce9ae1e5af",
        "Instruments/mchat-r.yaml": "sha256:3c1d8dad9a53c48ab11950d9f3a843c0360ca6e264ec206fd6ac2588929c9a26",
        "Instruments/mchat-rf.yaml": "sha256:044e917c176ba54f797f737f90b3a359f2c26e0a8eef31237286ee50c8fe1b85",
        "Instruments/referrals.yaml": "sha256:a8fc51e70a92b272be055149dd6c5c69a605de48385e1cc7c606e92952c1be99",
        "Instruments/schedule.yaml": "sha256:ace3e77873804952e20bab226fc4069c6444896b231f6eba00d053841e51aa29",
        "Instruments/swyc-bpsc.yaml": "sha256:6a62fb0767bf207a6da7683487264932dd7a3b96a747105c420fde6a56645fc0",
        "Instruments/swyc-family.yaml": "sha256:defeb315ac811e5e9ee11448cc1856ab29035bb3c00e38c4167d88c58e435c37",
        "Instruments/swyc-milestones.yaml": "sha256:b27e933c91070aea80aeb90446c49404cb6e042e5972784b56982f002e813cb1",
        "Instruments/swyc-ppsc.yaml": "sha256:bc7bd89432bf8fb7acbb44563e43fc2866f9509251b108193e7f2c24404517f1",
        "Instruments/who-motor.yaml": "sha256:12e5539b9ccf6bfa2dc629258508ae22b219c1df5b91b8c6629951da5abf290a",
    ]
}
