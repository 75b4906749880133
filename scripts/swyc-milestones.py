#!/usr/bin/env python3
# Generates Instruments/swyc-milestones.yaml. Topic labels are our own words (en, az, ru).
T = {
 "sounds_feelings": ("Makes sounds that show pleasure or upset", "Sevindiyini və ya narahat olduğunu səslərlə bildirir", "Звуками показывает радость или недовольство"),
 "glad_to_see": ("Looks pleased when the parent appears", "Valideyni görəndə sevinir", "Радуется, когда видит родителя"),
 "tracks_toy": ("Follows a toy moving past with the eyes", "Hərəkət edən oyuncağı gözləri ilə izləyir", "Следит глазами за движущейся игрушкой"),
 "turns_to_voice": ("Turns the head toward someone speaking", "Danışan adama tərəf başını çevirir", "Поворачивает голову к говорящему"),
 "head_pulled": ("Keeps the head up when pulled to sit", "Oturtmaq üçün dartanda başını düz saxlayır", "Удерживает голову, когда его тянут в положение сидя"),
 "hands_together": ("Brings the hands together", "Əllərini bir-birinə yaxınlaşdırır", "Сводит руки вместе"),
 "laughs": ("Laughs out loud", "Səslə gülür", "Смеётся вслух"),
 "head_sitting": ("Holds the head steady when held sitting", "Oturmuş vəziyyətdə tutulanda başını sabit saxlayır", "Держит голову, когда его держат сидя"),
 "babbles": ("Babbles syllables such as ba, ma, ga", "ba, ma, qa kimi hecalar deyir", "Лепечет слоги вроде ба, ма, га"),
 "looks_to_name": ("Looks up when called by name", "Adı ilə çağıranda baxır", "Оборачивается, когда зовут по имени"),
 "rolls": ("Rolls over", "Çevrilir (qarnı üstə və ya arxası üstə)", "Переворачивается"),
 "passes_toy": ("Moves a toy from one hand to the other", "Oyuncağı bir əlindən o birinə keçirir", "Перекладывает игрушку из руки в руку"),
 "seeks_caregiver": ("Looks for a familiar adult when upset", "Narahat olanda tanış böyüyü axtarır", "Ищет знакомого взрослого, когда расстроен"),
 "bangs_objects": ("Bangs two things together", "İki əşyanı bir-birinə vurur", "Стучит двумя предметами друг о друга"),
 "arms_up": ("Reaches up to be picked up", "Qucağa alınmaq üçün qollarını qaldırır", "Тянет руки, чтобы его взяли"),
 "sits_up_alone": ("Gets into sitting without help", "Köməksiz oturur", "Сам садится"),
 "finger_food": ("Picks up bits of food and eats them", "Yemək tikələrini götürüb yeyir", "Берёт кусочки еды и ест"),
 "pulls_to_stand": ("Pulls up to stand", "Tutunaraq ayağa qalxır", "Встаёт, держась за опору"),
 "social_games": ("Plays back-and-forth games such as peekaboo", "Gizlənpaç kimi qarşılıqlı oyunlar oynayır", "Играет в игры вроде «ку-ку»"),
 "names_parent": ("Has a word for mother or father", "Ana və ya ata üçün söz işlədir", "Называет маму или папу словом"),
 "looks_for_named": ("Looks for a familiar thing when you name it", "Adını çəkdiyiniz tanış əşyanı axtarır", "Ищет знакомый предмет, когда его называют"),
 "copies_sounds": ("Imitates sounds you make", "Çıxardığınız səsləri təqlid edir", "Повторяет звуки за вами"),
 "walks_alone": ("Walks across a room unaided", "Köməksiz otaq boyu yeriyir", "Сам проходит через комнату"),
 "follows_directions": ("Does a simple spoken request such as come here", "\"Bura gəl\" kimi sadə xahişi yerinə yetirir", "Выполняет простую просьбу вроде «иди сюда»"),
 "runs": ("Runs", "Qaçır", "Бегает"),
 "stairs_help": ("Goes up stairs with a hand held", "Əlindən tutanda pilləkənlə qalxır", "Поднимается по лестнице, держась за руку"),
 "kicks_ball": ("Kicks a ball", "Topu təpikləyir", "Пинает мяч"),
 "names_objects": ("Says the names of five or more everyday things", "Beş və ya daha çox gündəlik əşyanın adını deyir", "Называет пять и более привычных предметов"),
 "names_body_parts": ("Names five or more parts of the body", "Bədənin beş və ya daha çox hissəsini adlandırır", "Называет пять и более частей тела"),
 "climbs_ladder": ("Climbs a playground ladder", "Meydançadakı nərdivana dırmaşır", "Залезает по лесенке на площадке"),
 "me_mine": ("Says words for self such as me or mine", "\"Mən\", \"mənim\" kimi sözlər işlədir", "Говорит слова о себе: «я», «моё»"),
 "jumps": ("Jumps with both feet off the ground", "İki ayağı ilə yerdən tullanır", "Подпрыгивает на двух ногах"),
 "two_words": ("Joins two or more words", "İki və ya daha çox sözü birləşdirir", "Соединяет два слова и больше"),
 "asks_help": ("Asks for help in words", "Sözlə kömək istəyir", "Просит помощи словами"),
 "names_colour": ("Names a colour", "Bir rəngin adını deyir", "Называет хотя бы один цвет"),
 "look_at_me": ("Asks you to watch what they do", "Etdiyinə baxmağınızı istəyir", "Просит посмотреть, что он делает"),
 "says_name": ("Says own first name when asked", "Soruşanda adını deyir", "Называет своё имя, когда спрашивают"),
 "draws_lines": ("Makes lines with a crayon", "Karandaşla xətlər çəkir", "Рисует карандашом линии"),
 "understood": ("Is understood by people outside the family most of the time", "Ailədən kənar adamlar onu çox vaxt başa düşür", "Чужие люди чаще всего понимают его речь"),
 "washes_hands": ("Washes and dries hands alone", "Əllərini özü yuyur və qurulayır", "Сам моет и вытирает руки"),
 "why_how": ("Asks why and how questions", "\"Niyə?\" və \"necə?\" sualları verir", "Задаёт вопросы «почему» и «как»"),
 "explains_reasons": ("Gives reasons for things", "Nəyin niyə olduğunu izah edir", "Объясняет причины"),
 "compares": ("Compares things: bigger, shorter", "Əşyaları müqayisə edir: böyük, qısa", "Сравнивает: больше, короче"),
 "answers_what_do": ("Says what to do when cold or sleepy", "Üşüyəndə və ya yuxusu gələndə nə etmək lazım olduğunu deyir", "Говорит, что делать, когда холодно или хочется спать"),
 "retells_story": ("Retells a story from a book or a programme", "Kitabdan və ya verilişdən hekayəni danışır", "Пересказывает историю из книги или передачи"),
 "draws_shapes": ("Draws simple shapes such as a circle", "Dairə kimi sadə fiqurlar çəkir", "Рисует простые фигуры, например круг"),
 "irregular_plurals": ("Uses irregular word forms correctly", "Qeyri-müntəzəm söz formalarını düzgün işlədir", "Правильно употребляет неправильные формы слов"),
 "yesterday_tomorrow": ("Uses yesterday and tomorrow correctly", "\"Dünən\" və \"sabah\" sözlərini düzgün işlədir", "Правильно говорит «вчера» и «завтра»"),
 "dry_night": ("Stays dry through the night", "Gecə boyu quru qalır", "Всю ночь остаётся сухим"),
 "game_rules": ("Keeps to simple rules of a board or card game", "Stolüstü və ya kart oyununun sadə qaydalarına əməl edir", "Соблюдает простые правила настольной или карточной игры"),
 "prints_name": ("Writes own first name", "Öz adını yazır", "Пишет своё имя"),
 "recognisable_drawings": ("Draws pictures others can recognise", "Başqalarının tanıya biləcəyi şəkillər çəkir", "Рисует узнаваемые картинки"),
 "colours_in_lines": ("Colours inside the lines", "Rəngləyəndə xətlərdən çıxmır", "Раскрашивает, не выходя за контуры"),
 "days_of_week": ("Says the days of the week in order", "Həftənin günlərini ardıcıl sayır", "Называет дни недели по порядку"),
}
F = [
 ("2m", 1, 3, "sounds_feelings glad_to_see tracks_toy turns_to_voice head_pulled hands_together laughs head_sitting babbles looks_to_name"),
 ("4m", 4, 5, "head_pulled hands_together laughs head_sitting babbles looks_to_name rolls passes_toy seeks_caregiver bangs_objects"),
 ("6m", 6, 8, "babbles looks_to_name rolls passes_toy seeks_caregiver bangs_objects arms_up sits_up_alone finger_food pulls_to_stand"),
 ("9m", 9, 11, "arms_up sits_up_alone finger_food pulls_to_stand social_games names_parent looks_for_named copies_sounds walks_alone follows_directions"),
 ("12m", 12, 14, "finger_food pulls_to_stand social_games names_parent looks_for_named copies_sounds walks_alone follows_directions runs stairs_help"),
 ("15m", 15, 17, "names_parent looks_for_named copies_sounds walks_alone follows_directions runs stairs_help kicks_ball names_objects names_body_parts"),
 ("18m", 18, 22, "runs stairs_help kicks_ball names_objects names_body_parts climbs_ladder me_mine jumps two_words asks_help"),
 ("24m", 23, 28, "names_body_parts climbs_ladder me_mine jumps two_words asks_help names_colour look_at_me says_name draws_lines"),
 ("30m", 29, 34, "names_colour look_at_me says_name draws_lines understood washes_hands why_how explains_reasons compares answers_what_do"),
 ("36m", 35, 46, "understood washes_hands why_how explains_reasons compares answers_what_do retells_story draws_shapes irregular_plurals yesterday_tomorrow"),
 ("48m", 47, 58, "compares answers_what_do retells_story draws_shapes irregular_plurals yesterday_tomorrow dry_night game_rules prints_name recognisable_drawings"),
 ("60m", 59, 65, "retells_story draws_shapes irregular_plurals yesterday_tomorrow dry_night game_rules prints_name recognisable_drawings colours_in_lines days_of_week"),
]
# Section 3a of shared/reference/instruments.md: needs review when the total is at or below.
CUT = {4:13,5:15,6:11,7:14,8:16,9:11,10:13,11:14,12:12,13:13,14:14,15:10,16:12,17:13,18:8,19:10,20:11,21:13,22:14,
       23:10,24:11,25:12,26:13,27:14,28:15,29:9,30:10,31:11,32:12,33:13,34:13,35:10,36:11,37:12,38:13,39:13,40:14,41:14,
       42:15,43:15,44:16,45:16,46:16,47:12,48:13,49:13,50:13,51:14,52:14,53:14,54:15,55:15,56:15,57:15,58:16}
assert sorted(CUT) == list(range(4, 59))
def q(s): return '"' + s.replace('"', '\\"') + '"'
out = []
w = out.append
w('''# SWYC Developmental Milestones: the SWYC's general developmental screen, 10 milestones per age form.
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

forms:''')
for fid, lo, hi, topics in F:
    w(f'  - id: "{fid}"')
    w(f'    ages: {{min_months: {lo}, max_months: {hi}}}')
    w('    items:')
    for k, t in enumerate(topics.split(), 1):
        en, az, ru = T[t]
        w(f'      - {{id: m{k}, options: milestone, label: {{en: {q(en)}, az: {q(az)}, ru: {q(ru)}}}}}')
w('''
tables:
  # Needs review when the total is at or below this, by age in completed months (corrected under
  # 24 months). 1-3 and 59-65: the 2- and 60-month forms have no threshold (-1: none).
  - id: review_at_or_below
    by: age_months
    rows:
      - {from: 1, to: 3, value: -1}''')
for m in range(4, 59):
    w(f'      - {{from: {m}, to: {m}, value: {CUT[m]}}}')
w('''      - {from: 59, to: 65, value: -1}

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

tests:''')
def answers(total):
    a = {}
    for k in range(1, 11):
        if total >= 2: a[f"m{k}"] = "very_much"; total -= 2
        elif total == 1: a[f"m{k}"] = "somewhat"; total -= 1
    return "{" + ", ".join(f"{k}: {v}" for k, v in a.items()) + "}" if a else "{}"
for m in range(4, 59):
    t = CUT[m]
    w(f'  - name: {m} months, total {t} is at the threshold, needs review')
    w(f'    age_months: {m}')
    w('    fill: lowest')
    w(f'    answers: {answers(t)}')
    w(f'    expect: {{status: scored, band: needs_review, scores: {{total: {t}}}, outcome: follow_up, referrals: [developmental-pediatrician]}}')
    w(f'  - name: {m} months, total {t + 1} is above it, meets expectations')
    w(f'    age_months: {m}')
    w('    fill: lowest')
    w(f'    answers: {answers(t + 1)}')
    w(f'    expect: {{status: scored, band: meets_expectations, scores: {{total: {t + 1}}}, outcome: no_concern, referrals: []}}')
w('''  - name: the tenth milestone counts (12 at 9 months with m5 to m10 very much)
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
    expect: {status: not_applicable}''')
open("Instruments/swyc-milestones.yaml", "w").write("\n".join(out) + "\n")
print("Instruments/swyc-milestones.yaml written")
