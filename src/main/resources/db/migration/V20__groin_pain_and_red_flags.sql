-- Issue 15: red flags carry their urgency (emergency now, the same day, soon) and are listed most urgent first;
-- new red flags (cauda equina, deep vein thrombosis, SCFE and avulsions in young runners); a guide page on
-- groin pain (/guide/groin-pain): the red flags first, then the causes a clinician considers, each claim graded
-- and sourced; guide sections can link muscle pages. Plain SQL for H2 2.4 and PostgreSQL 15.

-- Urgency: guide.Urgency. Existing rows get theirs below.
ALTER TABLE red_flag ADD COLUMN urgency VARCHAR(12) DEFAULT 'SOON' NOT NULL;
ALTER TABLE red_flag ADD CONSTRAINT red_flag_urgency_check CHECK (urgency IN ('EMERGENCY', 'SAME_DAY', 'SOON'));

-- The muscle pages a guide section links to, shown after its text.
CREATE TABLE guide_section_muscle (
    section_id    BIGINT NOT NULL REFERENCES guide_section (id),
    muscle_id     BIGINT NOT NULL REFERENCES muscle (id),
    PRIMARY KEY (section_id, muscle_id)
);

-- Sources (each with its design and population, V16)
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'finucane-2020', 'Finucane et al. 2020 (spinal red flags)',
  'Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372.',
  'Position statement of the International Federation of Orthopaedic Manipulative Physical Therapists: an international framework for recognising serious spinal conditions, including cauda equina syndrome, developed with experts and reviewed by clinicians and patients.',
  '10.2519/jospt.2020.9971', 'https://doi.org/10.2519/jospt.2020.9971', 41,
  'EXPERT_CONSENSUS', 'People with back or leg pain who may have a serious spinal condition (cauda equina syndrome, fracture, cancer, infection)');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'nice-ng158', 'NICE NG158 (blood clots)',
  'National Institute for Health and Care Excellence. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing. NICE guideline NG158. London: NICE; 2020.',
  'National clinical guideline: recommendations made by an expert committee after reviewing the evidence.',
  NULL, 'https://www.nice.org.uk/guidance/ng158', 42,
  'EXPERT_CONSENSUS', 'Adults with a suspected deep vein thrombosis or pulmonary embolism (UK national guideline)');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'peck-2017', 'Peck et al. 2017 (SCFE)',
  'Peck DM, Voss LM, Voss TT. Slipped capital femoral epiphysis: diagnosis and management. Am Fam Physician 2017;95(12):779–784.',
  'Clinical review for family doctors of how slipped capital femoral epiphysis presents, is diagnosed and is treated.',
  NULL, NULL, 43,
  'NARRATIVE_REVIEW', 'Children and teenagers with slipped capital femoral epiphysis');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'eberbach-2017', 'Eberbach et al. 2017',
  'Eberbach H, Hohloch L, Feucht MJ, Konstantinidis L, Südkamp NP, Zwingmann J. Operative versus conservative treatment of apophyseal avulsion fractures of the pelvis in the adolescents: a systematical review with meta-analysis of clinical outcome and return to sports. BMC Musculoskelet Disord 2017;18:162.',
  'Systematic review and meta-analysis of 14 studies of adolescents with avulsion fractures of the pelvis; the included studies were of low methodological quality.',
  '10.1186/s12891-017-1527-z', 'https://doi.org/10.1186/s12891-017-1527-z', 44,
  'SYSTEMATIC_REVIEW', '596 adolescents (average age 14, three quarters male) with avulsion fractures of the pelvis, in 14 studies');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'taylor-2018', 'Taylor et al. 2018',
  'Taylor R, Vuckovic Z, Mosler A, Agricola R, Otten R, Jacobsen P, Hölmich P, Weir A. Multidisciplinary assessment of 100 athletes with groin pain using the Doha agreement: high prevalence of adductor-related groin pain in conjunction with multiple causes. Clin J Sport Med 2018;28(4):364–369.',
  'Descriptive study of the clinical records of 100 consecutive athletes seen at a sports groin pain clinic, sorted with the Doha terms; no comparison group.',
  '10.1097/JSM.0000000000000469', 'https://doi.org/10.1097/JSM.0000000000000469', 45,
  'CASE_SERIES', '100 consecutive athletes with groin pain at a clinic in Qatar; 98% men, 60% football players');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'griffin-2016-warwick', 'Griffin et al. 2016 (Warwick agreement)',
  'Griffin DR, Dickenson EJ, O''Donnell J, Agricola R, Awan T, Beck M, et al. The Warwick Agreement on femoroacetabular impingement syndrome (FAI syndrome): an international consensus statement. Br J Sports Med 2016;50(19):1169–1176.',
  'Consensus statement: 22 clinicians and researchers from 9 countries and 5 specialties, and one patient, agreed how FAI syndrome is diagnosed and treated after reviewing the research.',
  '10.1136/bjsports-2016-096743', 'https://doi.org/10.1136/bjsports-2016-096743', 46,
  'EXPERT_CONSENSUS', 'An expert panel on young and middle-aged people with hip or groin pain from FAI syndrome');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'nice-ng226', 'NICE NG226 (osteoarthritis)',
  'National Institute for Health and Care Excellence. Osteoarthritis in over 16s: diagnosis and management. NICE guideline NG226. London: NICE; 2022.',
  'National clinical guideline: recommendations made by an expert committee after reviewing the evidence.',
  NULL, 'https://www.nice.org.uk/guidance/ng226', 47,
  'EXPERT_CONSENSUS', 'People over 16 with osteoarthritis of any joint (UK national guideline)');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'kahanov-2015', 'Kahanov et al. 2015',
  'Kahanov L, Eberman LE, Games KE, Wasik M. Diagnosis, treatment, and rehabilitation of stress fractures in the lower extremity in runners. Open Access J Sports Med 2015;6:87–95.',
  'Narrative review of how stress fractures of the leg, pelvis and sacrum in runners are diagnosed, treated and rehabilitated.',
  '10.2147/OAJSM.S39512', 'https://doi.org/10.2147/OAJSM.S39512', 48,
  'NARRATIVE_REVIEW', 'Runners with stress fractures of the lower limb, pelvis or sacrum (published studies and clinical practice)');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'wright-2015', 'Wright et al. 2015',
  'Wright AA, Taylor JB, Ford KR, Siska L, Smoliga JM. Risk factors associated with lower extremity stress fractures in runners: a systematic review with meta-analysis. Br J Sports Med 2015;49(23):1517–1523.',
  'Systematic review and meta-analysis of studies of risk factors for stress fractures of the lower limb in runners: 8 studies, 4 of them pooled.',
  '10.1136/bjsports-2015-094828', 'https://doi.org/10.1136/bjsports-2015-094828', 49,
  'SYSTEMATIC_REVIEW', 'Runners in 8 studies of lower-limb stress fractures (4 pooled)');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'mountjoy-2023-reds', 'Mountjoy et al. 2023 (IOC REDs consensus)',
  'Mountjoy M, Ackerman KE, Bailey DM, Burke LM, Constantini N, Hackney AC, et al. 2023 International Olympic Committee''s (IOC) consensus statement on Relative Energy Deficiency in Sport (REDs). Br J Sports Med 2023;57(17):1073–1097.',
  'Consensus statement of an International Olympic Committee expert panel summarising the research on low energy availability and its effects on health and performance.',
  '10.1136/bjsports-2023-106994', 'https://doi.org/10.1136/bjsports-2023-106994', 50,
  'EXPERT_CONSENSUS', 'Female and male athletes, including para athletes');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'malliaras-2015', 'Malliaras et al. 2015',
  'Malliaras P, Cook J, Purdam C, Rio E. Patellar tendinopathy: clinical diagnosis, load management, and advice for challenging case presentations. J Orthop Sports Phys Ther 2015;45(11):887–898.',
  'Clinical commentary: how experienced clinicians diagnose patellar tendinopathy and load the tendon in stages; expert opinion, not a trial.',
  '10.2519/jospt.2015.5987', 'https://doi.org/10.2519/jospt.2015.5987', 51,
  'NARRATIVE_REVIEW', 'Athletes with patellar tendinopathy (pain at the front of the knee), not the hip');
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES (
  'breda-2021', 'Breda et al. 2021',
  'Breda SJ, Oei EHG, Zwerver J, Visser E, Waarsing E, Krestin GP, de Vos RJ. Effectiveness of progressive tendon-loading exercise therapy in patients with patellar tendinopathy: a randomised clinical trial. Br J Sports Med 2021;55(9):501–509.',
  'Randomised trial: 76 people with patellar tendinopathy did either a staged tendon-loading programme or eccentric exercise for 24 weeks.',
  '10.1136/bjsports-2020-103403', 'https://doi.org/10.1136/bjsports-2020-103403', 52,
  'RANDOMISED_TRIAL', '76 athletes with patellar tendinopathy (average age 24, 76% men), not the hip');

-- Red flags: the existing ones get their urgency (some reworded so each states one level of urgency), then the new
-- ones. Positions order the flags within an urgency; the box lists EMERGENCY, then SAME_DAY, then SOON.
UPDATE red_flag SET urgency = 'EMERGENCY', position = 2,
  text = 'You cannot put weight on the leg, or it looks deformed or out of shape'
  WHERE text = 'You cannot put weight on the leg';
UPDATE red_flag SET urgency = 'SAME_DAY', position = 3,
  text = 'Deep groin pain that gets worse run by run, hurts when you walk or at night, or hurts when you hop on that leg: possible femoral neck stress fracture. Stop running, avoid weight-bearing that hurts, and get checked the same day'
  WHERE text = 'Deep groin pain that gets worse run by run, hurts when you walk or at night, or hurts when you hop on that leg: stop running and get checked for a femoral neck stress fracture';
UPDATE red_flag SET urgency = 'SAME_DAY', position = 7
  WHERE text = 'A pop at the moment of injury followed straight away by loss of function, so you cannot use the leg properly (possible complete tear or avulsion)';
UPDATE red_flag SET urgency = 'SAME_DAY', position = 8, text = 'Fever along with the pain'
  WHERE text = 'Fever';
UPDATE red_flag SET urgency = 'SAME_DAY', position = 9
  WHERE text = 'Blood in your urine, vomiting or constipation along with the pain';
UPDATE red_flag SET urgency = 'SAME_DAY', position = 10
  WHERE text = 'Swelling of a testicle';
UPDATE red_flag SET urgency = 'SOON', position = 11
  WHERE text = 'Pain that started suddenly, or after a fall, collision or other injury';
UPDATE red_flag SET urgency = 'SOON', position = 12, text = 'Swelling of the hip or groin'
  WHERE text = 'Swelling of the hip or groin, or the leg looks deformed or out of shape';
UPDATE red_flag SET urgency = 'SOON', position = 13
  WHERE text = 'A lump in the groin, or a lump that pulses';
UPDATE red_flag SET urgency = 'SOON', position = 14
  WHERE text = 'Pain at night';
UPDATE red_flag SET urgency = 'SOON', position = 15
  WHERE text = 'Night sweats, weight loss you cannot explain, or loss of appetite';
UPDATE red_flag SET urgency = 'SOON', position = 16
  WHERE text = 'A past history of cancer';
UPDATE red_flag SET urgency = 'SOON', position = 17
  WHERE text = 'Long-term use of steroid medicines';
UPDATE red_flag SET urgency = 'SOON', position = 18
  WHERE text = 'Weakness, numbness or tingling in the leg';

INSERT INTO red_flag (text, source_id, position, urgency) VALUES
  ('Numbness or tingling between your legs or around your bottom or genitals (the saddle area), or new trouble passing or holding urine or stools, with back or leg pain: possible cauda equina syndrome',
   (SELECT id FROM source WHERE slug = 'finucane-2020'), 1, 'EMERGENCY'),
  ('A swollen, painful calf or thigh, especially in one leg: possible deep vein thrombosis (a blood clot)',
   (SELECT id FROM source WHERE slug = 'nice-ng158'), 4, 'SAME_DAY'),
  ('A limp, or pain in the hip, groin, thigh or knee, in a child or teenager (usually aged about 8 to 15): possible slipped capital femoral epiphysis. Knee pain can be the only sign',
   (SELECT id FROM source WHERE slug = 'peck-2017'), 5, 'SAME_DAY'),
  ('In a young runner who is still growing: sudden pain at the front of the pelvis or the top of the inner thigh after a kick, a sprint start or a jump, with difficulty walking: possible avulsion fracture (a tendon pulling off a piece of bone)',
   (SELECT id FROM source WHERE slug = 'eberbach-2017'), 6, 'SAME_DAY');

-- The red-flags page: how quickly to act now depends on the flag, and a suspected stress fracture is a same-day
-- matter. Only these phrases change, so other corrections to these sections still apply.
UPDATE guide_section SET body = REPLACE(body, 'If you have any of the signs below, stop running and contact your doctor.',
    'If you have any of the signs below, stop running and get help as quickly as the list says: each group says how soon.')
  WHERE slug = 'red-flags' AND page_id = (SELECT id FROM guide_page WHERE slug = 'red-flags');
UPDATE guide_section SET body = REPLACE(body, '- Contact your doctor or a sports medicine clinician soon.',
    '- See a doctor or sports medicine clinician the same day.')
  WHERE slug = 'what-to-do' AND page_id = (SELECT id FROM guide_page WHERE slug = 'red-flags');

INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'red-flag-urgency',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'red-flags'),
  NULL,
  'Some red flags need help at once, some the same day and the rest within days. Numbness in the saddle area or new bladder or bowel trouble is an emergency; a suspected hip stress fracture, a swollen painful calf or thigh, or a limp with hip or knee pain in a child or teenager needs a doctor the same day.',
  'Cauda equina syndrome, pressure on the nerve roots at the bottom of the spine, is one of the serious spinal conditions the international red-flag framework asks clinicians to recognise early, because missing it can have life-changing consequences (Finucane et al. 2020). The NICE guideline on blood clots (NG158) asks that someone with a likely deep vein thrombosis has a leg scan within 4 hours where possible, or a blood-thinning treatment and a scan within 24 hours. In slipped capital femoral epiphysis, how well a child does depends on how quickly it is diagnosed and treated (Peck et al. 2017), and a femoral neck stress fracture found late is more likely to shift out of place (Robertson & Wood 2017). The urgency we give the other signs is our own cautious reading of GP guidance on hip pain (Singh, GPonline). A red flag is a reason to be checked, not a diagnosis.',
  NULL,
  'EXPERT_OPINION', 2);

-- The injuries page shows the red-flag box after "When to see a clinician".
UPDATE guide_section SET block = 'RED_FLAGS'
  WHERE slug = 'see-a-clinician' AND page_id = (SELECT id FROM guide_page WHERE slug = 'injuries');

-- The groin pain page comes after the injuries page.
UPDATE guide_page SET position = 5 WHERE slug = 'red-flags';
INSERT INTO guide_page (slug, title, summary, position) VALUES (
  'groin-pain', 'Groin pain: what else it can be',
  'Groin pain in a runner is not always a hip flexor problem. The warning signs come first, then the other causes a clinician considers, what each typically feels like, and how clinicians load a painful tendon. It is here to read before you see someone, not to diagnose yourself.',
  4);

INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'warning-signs', 'First: signs that need a doctor',
  'Before anything else: some groin and hip pain needs a doctor, and some of it needs one today or at once. The list below says how quickly to act. If one of the signs fits, get help rather than reading on to find a cause yourself.

The rest of this page describes the causes clinicians think about, so that you know what they may ask and look for. It cannot tell you which one you have: several causes are often present together, and telling them apart takes an examination and sometimes a scan.',
  'RED_FLAGS', 1);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'how-clinicians-sort-it', 'How clinicians sort groin pain',
  'Clinicians who look after athletes use a shared set of names for groin pain, agreed at a meeting in Doha in 2014. The names say where the pain seems to come from, judged by what is tender to press and what hurts when the muscles are tested or stretched:

- adductor-related: the inner-thigh muscles where they attach to the pubic bone
- iliopsoas-related: the deep hip flexor
- inguinal-related: the inguinal canal, just above the crease of the groin
- pubic-related: the joint at the front of the pelvis and the bone beside it
- hip-related: the hip joint itself
- other causes, including pain that starts somewhere else

The sections below say what each typically feels like. They are descriptions, not tests to try on yourself.',
  NULL, 2);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'adductor-related', 'Adductor-related groin pain',
  'Pain on the inside of the groin and the top of the inner thigh, where the adductor muscles start on the pubic bone. The spot is tender to press, and squeezing the knees together against resistance hurts.

It is the most common kind of groin pain in football and other sports with kicking and sharp turns. How common it is in distance runners is less well known.',
  NULL, 3);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'iliopsoas-related', 'Iliopsoas-related groin pain',
  'Pain at the front of the hip or in the groin coming from the deep hip flexor, the iliopsoas. What defines it is tenderness when a clinician presses on the iliopsoas. Pain when you lift the leg against resistance, or when the front of the hip is stretched, makes it more likely, but other causes can hurt with these movements too.

It often builds up gradually. The Hip flexor injuries page describes iliopsoas tendinopathy and hip flexor strains in more detail.',
  NULL, 4);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'inguinal-and-pubic', 'Inguinal-related and pubic-related groin pain',
  'Inguinal-related pain is felt over the inguinal canal, the passage through the lower abdominal wall just above the crease of the groin. The area is tender, and no hernia can be seen or felt. Pain brought on by coughing, sneezing or tensing the abdominal muscles against resistance makes it more likely.

Pubic-related pain is felt at the joint at the front of the pelvis (the pubic symphysis) and the bone right beside it, which are tender to press.

A lump in the groin is a different matter and needs a doctor: it is one of the red flags.',
  NULL, 5);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'hip-related', 'Hip-related groin pain',
  'Groin pain can come from the hip joint itself: from femoroacetabular impingement syndrome (FAI syndrome, where the ball and the socket meet too early because of their shape), a torn labrum (the rim of cartilage around the socket), damaged joint cartilage, or osteoarthritis (wear of the joint), which doctors usually recognise from the symptoms in people aged 45 or over.

Typical features:

- pain in the groin or hip brought on by particular movements or positions, such as bending the hip a long way or sitting for a long time
- clicking, catching, locking, stiffness or a feeling that the hip gives way
- with osteoarthritis, pain with activity and morning stiffness that wears off within half an hour

If an exercise that lifts the knee high or bends the hip deeply gives you a pinching pain at the front of the hip, stop that exercise and have the hip checked rather than pushing through it.

Scans can show changes in hips that do not hurt at all, so a scan alone does not make the diagnosis: symptoms, examination and imaging are considered together.',
  NULL, 6);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'referred-pain', 'Pain felt in the groin that starts elsewhere',
  'Groin pain does not always start in the groin. Clinicians also think about:

- the lower back (lumbar spine) and the sacroiliac joints at the back of the pelvis
- nerves to the groin that are trapped or irritated (the obturator, ilioinguinal, genitofemoral and iliohypogastric nerves)
- hernias and swollen lymph glands in the groin
- the abdomen, such as appendicitis or diverticulitis
- the urinary tract, such as a kidney stone, a urine infection or the prostate
- gynaecological conditions

This is one reason to see a doctor when groin pain does not settle the way a muscle or tendon problem should.',
  NULL, 7);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'bone-stress', 'Bone stress injuries around the hip and pelvis',
  'A bone stress injury is damage from repeated loading that the bone cannot keep up with; its most serious form is a stress fracture. Around the hip and groin it can affect the neck of the thigh bone (the femoral neck, the one not to miss: see the red flags), the pubic ramus (the arm of the pubic bone at the front of the pelvis) and the sacrum at the back of the pelvis.

Pain from the pubic ramus or the sacrum is easy to mistake for other causes, because the symptoms overlap.

Your risk is higher if you have had a bone stress injury before, which is the strongest risk factor known, and if you are female. Not eating enough for the training you do (low energy availability) harms bone in men as well as women; in women it can also make periods irregular or stop them. If you have had a bone stress injury, it is worth looking at your eating and training with a clinician.',
  NULL, 8);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'young-runners', 'Young runners: growth plates',
  'Children and teenagers who are still growing have weak points that adults do not: the growth plates, where bone is still forming.

- Slipped capital femoral epiphysis (SCFE): the ball at the top of the thigh bone slips on its growth plate. It usually affects children and teenagers aged about 8 to 15 and shows as a limp with pain in the hip, groin, thigh or knee, often with no injury. Knee pain can be the only sign, which is one reason it is missed. It needs a doctor the same day.
- Avulsion fracture: a sudden, strong pull of a muscle, as in a kick, a sprint start or a jump, tears off the piece of bone its tendon is attached to. Around the hip this happens at the front of the pelvis, where rectus femoris and sartorius start, at the sitting bone, and less often at the lesser trochanter, where the iliopsoas attaches. It causes sudden pain and trouble walking and needs checking the same day.',
  NULL, 9);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'groin-pain'), 'loading-a-tendon', 'How clinicians load a painful tendon',
  'If a clinician finds a tendon problem, such as iliopsoas or adductor tendinopathy, treatment is usually exercise that loads the tendon step by step rather than rest alone. A common outline, borrowed from research on the Achilles and patellar tendons, goes:

- holding a muscle contraction without moving (isometric exercise)
- slow, heavy strength exercise through a range of movement
- faster, springier loading, such as hopping and bounding, and then running drills
- a graded return to full running

The clinician chooses the exercises, the load and when to move on, guided by how the tendon responds. This is an outline of what a clinician may prescribe, not a programme to follow on your own, and it is not for bone pain or for any of the warning signs at the top of this page.',
  NULL, 10);

INSERT INTO guide_section_muscle (section_id, muscle_id)
  SELECT s.id, m.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id, muscle m
  WHERE p.slug = 'groin-pain' AND (
       (s.slug = 'adductor-related' AND m.slug IN ('adductor-longus', 'adductor-brevis', 'pectineus'))
    OR (s.slug = 'iliopsoas-related' AND m.slug IN ('iliopsoas', 'iliacus', 'psoas-major'))
    OR (s.slug = 'inguinal-and-pubic' AND m.slug IN ('abdominals', 'adductor-longus'))
    OR (s.slug = 'young-runners' AND m.slug IN ('rectus-femoris', 'sartorius', 'iliopsoas'))
    OR (s.slug = 'loading-a-tendon' AND m.slug IN ('iliopsoas', 'adductor-longus')));

-- Claims of the groin pain page
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'doha-groin-pain-categories',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'how-clinicians-sort-it'),
  NULL,
  'Groin pain in athletes is sorted into adductor-related, iliopsoas-related, inguinal-related and pubic-related pain, hip-related pain, and other causes. The first four are defined by where it is tender and what brings the pain on.',
  'This is the classification of the Doha agreement (Weir et al. 2015): 24 experts from 14 countries agreed the terms, based on the history and the examination, so that clinicians and researchers describe groin pain the same way. It is an agreement on names, not a study of how accurately an examination finds the cause.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'groin-pain-clinic-mix',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'how-clinicians-sort-it'),
  NULL,
  'Among athletes seen at a specialist groin pain clinic, adductor-related pain was the most common, and almost half had more than one cause at the same time.',
  'Taylor et al. 2018 went through the records of 100 consecutive athletes with groin pain at a sports groin clinic in Qatar, sorted with the Doha terms: 61 had adductor-related pain, 4 pubic-related pain (the least common), and 44 had more than one cause. Nearly all were men (98%) and most played football (60%), so the mix may well differ in distance runners, who kick and turn less.',
  NULL,
  'CASE_SERIES', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'adductor-related-definition',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'adductor-related'),
  NULL,
  'Clinicians call groin pain adductor-related when the adductors are tender and it hurts to squeeze the legs together against resistance.',
  'The Doha agreement''s definition (Weir et al. 2015): tenderness of the adductors and pain when adduction is tested against resistance. It is a definition agreed by experts, so that clinicians name the pain the same way.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'iliopsoas-related-definition',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'iliopsoas-related'),
  NULL,
  'Iliopsoas-related groin pain is defined by tenderness of the iliopsoas. Pain when lifting the leg against resistance or when the hip flexors are stretched makes it more likely, but does not define it.',
  'The Doha agreement (Weir et al. 2015): the defining sign is tenderness of the iliopsoas when it is pressed; pain on resisted hip flexion, on stretching the hip flexors, or both, makes the label more likely. Because other causes can also hurt with these movements, the examination as a whole counts, not one test.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'inguinal-pubic-definitions',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'inguinal-and-pubic'),
  NULL,
  'Inguinal-related pain is felt and tender over the inguinal canal with no hernia to feel; pubic-related pain is tender over the pubic symphysis and the bone next to it.',
  'The Doha agreement''s definitions (Weir et al. 2015). Inguinal-related groin pain: pain in the region of the inguinal canal with tenderness there and no palpable hernia, more likely if resisted abdominal muscle testing, coughing or sneezing brings the pain on. Pubic-related groin pain: local tenderness of the pubic symphysis and the bone immediately beside it. Both are agreed definitions, not tested diagnostic rules.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'hip-related-groin-pain',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'hip-related'),
  NULL,
  'Pain from the hip joint is typically brought on by particular movements or positions and may come with clicking, catching, locking, stiffness or giving way. The diagnosis rests on symptoms, examination and imaging together, never on a scan alone.',
  'The Warwick agreement on FAI syndrome (Griffin et al. 2016): the main symptom is hip or groin pain related to movement or position, and many patients also report clicking, catching, locking, stiffness, restricted movement or giving way; a diagnosis needs the right symptoms, clinical signs and imaging findings, because the bone shapes seen on scans are also found in people without symptoms. The Doha agreement (Weir et al. 2015) names hip-related groin pain as a category of its own. For osteoarthritis, the NICE guideline NG226 advises diagnosing it without a scan in people aged 45 or over with activity-related joint pain and no morning stiffness, or stiffness lasting no more than 30 minutes.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'pinching-hip-pain-stop-exercise',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'hip-related'),
  NULL,
  'A pinching pain at the front of the hip during an exercise that lifts the knee high or bends the hip deeply is a reason to stop that exercise and have the hip checked.',
  'This is HipFlex''s cautious advice, not a tested rule. It is carried over from the Warwick agreement (Griffin et al. 2016), which describes the pain of FAI syndrome as brought on by particular movements and positions, and whose examination provokes it by bending the hip, drawing it across the body and turning it inwards. No study has tested whether stopping such an exercise changes the outcome; the point is not to keep repeating a movement that provokes joint pain before anyone has examined the hip.',
  NULL,
  'EXTRAPOLATED', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'referred-groin-pain',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'referred-pain'),
  NULL,
  'Groin pain can be referred from the lower back, the sacroiliac joints or trapped nerves, or come from the abdomen, the urinary tract or the pelvic organs, so a clinician looks beyond the groin.',
  'The Doha agreement (Weir et al. 2015) lists, among the other causes of groin pain in athletes: pain referred from the lumbar spine and the sacroiliac joint; entrapment of the obturator, ilioinguinal, genitofemoral and iliohypogastric nerves; inguinal and femoral hernias and swollen lymph glands; problems inside the abdomen and urinary tract, such as appendicitis, diverticulitis, kidney stones, urinary infections and prostatitis; gynaecological conditions; and causes not to be missed, such as tumours. It is a list of possibilities agreed by experts, not a ranking of how common each one is.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'bone-stress-beyond-femoral-neck',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'bone-stress'),
  NULL,
  'Stress fractures around the groin are not only in the femoral neck: the pubic ramus and the sacrum can be affected too, and their symptoms overlap with other causes of pain.',
  'The Doha agreement (Weir et al. 2015) lists stress fractures of the femoral neck, the pubic ramus and the acetabulum among the causes of groin pain in athletes. Kahanov et al. 2015, a narrative review of stress fractures in runners, notes that those of the pelvis and sacrum are hard to tell apart from other problems because they share symptoms.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'previous-stress-fracture-risk',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'bone-stress'),
  NULL,
  'In runners, a previous stress fracture is the strongest known risk factor for another one, and being female also raises the risk.',
  'Wright et al. 2015, a systematic review with meta-analysis of studies in runners (8 studies, 4 pooled): a history of stress fracture raised the odds of a new one about five-fold (odds ratio 4.99, 95% confidence interval 2.91 to 8.56) and female sex about two-fold (2.31, 1.24 to 4.29). These were the only risk factors the authors found strongly supported. The studies covered stress fractures anywhere in the leg, not only around the hip.',
  NULL,
  'REVIEW', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'low-energy-availability-men-and-women',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'bone-stress'),
  NULL,
  'Not eating enough for the training you do (low energy availability) can harm bone health in men as well as in women.',
  'The 2023 International Olympic Committee consensus statement on Relative Energy Deficiency in Sport, REDs (Mountjoy et al. 2023), describes a syndrome in female and male athletes caused by low energy availability, with effects on many body systems, bone health among them, and introduces a clinical tool to assess it. A consensus statement summarises research and expert judgement; it is not a trial.',
  NULL,
  'EXPERT_OPINION', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'scfe-young-runners',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'young-runners'),
  NULL,
  'In a child or teenager, a limp with pain in the hip, groin, thigh or knee can be a slipped capital femoral epiphysis, which does better the sooner it is found.',
  'Peck et al. 2017, a clinical review for family doctors: SCFE is the most common hip disorder of adolescence, usually between 8 and 15 years of age. It presents with a limp and poorly localised pain in the hip, groin, thigh or knee; knee or lower-thigh pain is the first symptom in about 15% of patients, and the diagnosis is often missed. How well a child does depends on how quickly it is diagnosed and treated. X-rays of both hips confirm it.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'avulsion-young-runners',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'young-runners'),
  NULL,
  'In teenagers who are still growing, a sudden forceful kick or sprint can pull off the piece of bone where a hip muscle''s tendon attaches, most often at the front of the pelvis or the sitting bone.',
  'Eberbach et al. 2017 pooled 14 studies of 596 adolescents (average age 14, three quarters boys) with avulsion fractures of the pelvis. The commonest sites were the anterior inferior iliac spine, where rectus femoris starts (33%), the sitting bone (30%) and the anterior superior iliac spine, where sartorius starts (28%); the lesser trochanter, where the iliopsoas attaches, was rare (2%). These fractures typically follow a sudden strong muscle contraction while the growth plates are open. Most were treated without surgery. The included studies were of low quality, so the figures describe the patients reported rather than how often this happens.',
  NULL,
  'CASE_SERIES', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'tendon-loading-outline',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'groin-pain' AND s.slug = 'loading-a-tendon'),
  NULL,
  'Clinicians often treat a painful tendon by loading it in stages: holds without movement, then heavy slow strength work, then faster, springier loading, then a return to sport. For the hip and groin this is carried over from Achilles and patellar tendon research, and it is for a clinician to prescribe.',
  'Malliaras et al. 2015, a clinical commentary, describes this staged loading for patellar tendinopathy. In a randomised trial of 76 people with patellar tendinopathy, mostly young men, a four-stage programme (isometric, then isotonic, then energy-storage exercise such as jumping and running, then sport-specific training) improved symptoms more than eccentric exercise after 24 weeks (Breda et al. 2021). Silbernagel et al. 2007 kept people with Achilles tendinopathy active during rehabilitation under a pain-monitoring model. None of these studies looked at the hip or groin, so for iliopsoas or adductor tendon pain the outline is an extrapolation.',
  NULL,
  'EXTRAPOLATED', 1);

INSERT INTO claim_source (claim_id, source_id, stance, directness)
  SELECT c.id, s.id, 'SUPPORTS', l.directness FROM (
    SELECT 'red-flag-urgency' AS claim_slug, 'finucane-2020' AS source_slug, 'DIRECT' AS directness
    UNION ALL SELECT 'red-flag-urgency', 'nice-ng158', 'DIRECT'
    UNION ALL SELECT 'red-flag-urgency', 'peck-2017', 'DIRECT'
    UNION ALL SELECT 'red-flag-urgency', 'robertson-wood-2017', 'DIRECT'
    UNION ALL SELECT 'red-flag-urgency', 'singh-gponline', 'DIRECT'
    UNION ALL SELECT 'doha-groin-pain-categories', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'groin-pain-clinic-mix', 'taylor-2018', 'DIRECT'
    UNION ALL SELECT 'adductor-related-definition', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'iliopsoas-related-definition', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'inguinal-pubic-definitions', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'hip-related-groin-pain', 'griffin-2016-warwick', 'DIRECT'
    UNION ALL SELECT 'hip-related-groin-pain', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'hip-related-groin-pain', 'nice-ng226', 'DIRECT'
    UNION ALL SELECT 'pinching-hip-pain-stop-exercise', 'griffin-2016-warwick', 'INDIRECT'
    UNION ALL SELECT 'referred-groin-pain', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'bone-stress-beyond-femoral-neck', 'weir-2015', 'DIRECT'
    UNION ALL SELECT 'bone-stress-beyond-femoral-neck', 'kahanov-2015', 'DIRECT'
    UNION ALL SELECT 'previous-stress-fracture-risk', 'wright-2015', 'DIRECT'
    UNION ALL SELECT 'low-energy-availability-men-and-women', 'mountjoy-2023-reds', 'DIRECT'
    UNION ALL SELECT 'scfe-young-runners', 'peck-2017', 'DIRECT'
    UNION ALL SELECT 'avulsion-young-runners', 'eberbach-2017', 'DIRECT'
    UNION ALL SELECT 'tendon-loading-outline', 'malliaras-2015', 'INDIRECT'
    UNION ALL SELECT 'tendon-loading-outline', 'breda-2021', 'INDIRECT'
    UNION ALL SELECT 'tendon-loading-outline', 'silbernagel-2007', 'INDIRECT'
  ) l
  JOIN claim c ON c.slug = l.claim_slug
  JOIN source s ON s.slug = l.source_slug;
