// Generated from Instruments/ by scripts/embed-instruments; do not edit by hand.
// The built-in instrument set, so the executable works copied alone to another machine.
enum ShippedFiles {
    static let files: [(path: String, text: String)] = [
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
      # The authors: a child screened before 24 months is screened again after the second birthday.
      - {referral: rescreen, urgency: routine, when: age_months < 24}
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
    expect: {status: incomplete, band: none, outcome: incomplete, missing: [q7]}
  - name: a missing answer cannot lower total 8 below high
    age_months: 24
    fill: lowest
    answers: {q1: "no", q2: "yes", q3: "no", q5: "yes", q6: "no", q7: "no", q12: "yes", q20: "no", q4: ~}
    expect: {status: scored, band: high}
  - name: nothing answered is incomplete, never low
    age_months: 24
    expect: {status: incomplete, band: none, outcome: incomplete}
  - name: 15 months is below the age range
    age_months: 15
    fill: lowest
    expect: {status: not_applicable, band: none, outcome: incomplete}
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
        ("Instruments/referrals.yaml", #"""
# The referral catalog: every recommendation of every instrument points here.
# Urgencies are listed from most to least urgent; due_days says by when (days after the visit)
# the referral should have happened at each urgency it can take. Change the days to the local
# pathways; ids are part of the public contract and never change.
format: earlyscreen/referrals@1
locales: {en: source, az: not_validated, ru: not_validated}

urgencies:
  - id: same_day
    title: {en: Same day, az: Həmin gün, ru: В тот же день}
  - id: urgent
    title: {en: Urgent, az: Təcili, ru: Срочно}
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
    due_days: {urgent: 7, soon: 30, routine: 60}
  - id: rescreen
    title:
      en: Screen again at the next visit
      az: Növbəti vizitdə təkrar skrininq
      ru: Повторный скрининг на следующем визите
    due_days: {routine: 180}

"""#),
    ]
}
