-- Fills in the grading columns of V16 for the content of V2, V4 and V10 (issue 15), and regrades what the rule
-- then flags (guide.EvidenceGrading; docs/content.md has the rule, the caps and the reasons in a table).
-- Plain SQL for both H2 2.x and PostgreSQL 15; rows are found by slug.

-- 1. Every source's design and the population it studied.
UPDATE source SET design = 'TEXTBOOK',
  population = 'Not a study: a university textbook of human anatomy and physiology'
  WHERE slug = 'openstax-anatomy-2e';
UPDATE source SET design = 'NARRATIVE_REVIEW',
  population = 'Gait-laboratory studies of runners, reviewed by one author'
  WHERE slug = 'novacheck-1998';
UPDATE source SET design = 'MODELLING',
  population = 'Computer models of the leg built from laboratory measurements of runners, from jogging to sprinting'
  WHERE slug = 'dorn-2012';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = '20 healthy female runners whose hips moved markedly inwards when running'
  WHERE slug = 'willy-davis-2011';
UPDATE source SET design = 'SYSTEMATIC_REVIEW',
  population = 'Studies of strength training in middle- and long-distance runners'
  WHERE slug = 'blagrove-2018';
UPDATE source SET design = 'SYSTEMATIC_REVIEW',
  population = '5 studies of strength training in highly trained distance runners'
  WHERE slug = 'balsalobre-fernandez-2016';
UPDATE source SET design = 'CROSS_SECTIONAL',
  population = '39 recreational endurance runners (24 men, 15 women), measured once'
  WHERE slug = 'silva-2018';
-- A trained group against a control group, randomisation not reported: recorded as a cohort (controlled study).
UPDATE source SET design = 'COHORT',
  population = 'Physically active but untrained adults, 24 training their hip flexors and 24 controls (no trained runners)'
  WHERE slug = 'deane-2005';
UPDATE source SET design = 'EXPERT_CONSENSUS',
  population = 'Recommendations for apparently healthy adults of all ages (not a study)'
  WHERE slug = 'garber-2011';
UPDATE source SET design = 'SYSTEMATIC_REVIEW',
  population = '25 randomised trials of exercise programmes to prevent sports injuries, across many sports, not only running'
  WHERE slug = 'lauersen-2014';
UPDATE source SET design = 'SYSTEMATIC_REVIEW',
  population = '1,904 endurance runners in 9 randomised trials of exercise programmes to prevent injury'
  WHERE slug = 'wu-2024';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = '720 first-time New York City Marathon runners'
  WHERE slug = 'toresdahl-2020';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = 'Male football players, randomised by team (not runners)'
  WHERE slug = 'haroy-2019';
UPDATE source SET design = 'CASE_SERIES',
  population = '24 distance runners with iliotibial band syndrome, compared with 30 healthy runners'
  WHERE slug = 'fredericson-2000';
UPDATE source SET design = 'CROSS_SECTIONAL',
  population = '10 runners with iliotibial band syndrome and 10 healthy runners'
  WHERE slug = 'grau-2008';
UPDATE source SET design = 'CASE_SERIES',
  population = '16 patients with iliotibial band syndrome'
  WHERE slug = 'beers-2008';
-- Only the runners with pain did the programme; the controls were pain-free and did none, so the pain result is a
-- before-and-after finding (issue 15, correction 7). The description said "cohort study".
UPDATE source SET design = 'CASE_SERIES',
  population = '15 runners with patellofemoral pain who did the programme, and 10 pain-free runners measured for comparison',
  study_design = 'Before-and-after study: 15 runners with patellofemoral pain followed through a 3-week hip abductor strengthening programme. 10 pain-free runners who did no programme were measured for comparison, so there is no control group for the change in pain.'
  WHERE slug = 'ferber-2011';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = '199 people with patellofemoral pain, not only runners'
  WHERE slug = 'ferber-2015';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = '69 runners with patellofemoral pain'
  WHERE slug = 'esculier-2018';
UPDATE source SET design = 'NARRATIVE_REVIEW',
  population = 'Published systems for classifying and grading muscle injuries (not a study of patients)'
  WHERE slug = 'hamilton-2015';
UPDATE source SET design = 'WEB_PAGE',
  population = 'Not a study: a clinical grading convention for muscle strains'
  WHERE slug = 'lee-healy-strain-grades';
UPDATE source SET design = 'CASE_SERIES',
  population = '156 male athletes with acute groin injuries, 33 of them with hip flexor injuries (not specifically runners)'
  WHERE slug = 'serner-2018';
UPDATE source SET design = 'WEB_PAGE',
  population = 'Not a study: an online clinical reference article for clinicians'
  WHERE slug = 'garry-2019';
UPDATE source SET design = 'EXPERT_CONSENSUS',
  population = 'International experts on groin pain in athletes, at a consensus meeting (not a study of patients)'
  WHERE slug = 'weir-2015';
UPDATE source SET design = 'WEB_PAGE',
  population = 'Not a study: clinic and patient-information web pages'
  WHERE slug = 'clinic-return-times';
UPDATE source SET design = 'RANDOMISED_TRIAL',
  population = '38 adults with Achilles tendinopathy'
  WHERE slug = 'silbernagel-2007';
UPDATE source SET design = 'WEB_PAGE',
  population = 'Not a study: guidance for general practitioners on adults with hip pain'
  WHERE slug = 'singh-gponline';
UPDATE source SET design = 'NARRATIVE_REVIEW',
  population = 'Published studies of femoral neck stress fractures in athletes, reviewed by two authors'
  WHERE slug = 'robertson-wood-2017';
UPDATE source SET design = 'WEB_PAGE',
  population = 'Not a study: an online clinical reference article for clinicians'
  WHERE slug = 'flinn-medscape';

-- 2. Every link's stance and directness. V16 set every existing link to SUPPORTS and DIRECT; each was read against
-- its claim, item, dose or routine, and only these differ. (Links left as they are support what cites them and
-- studied its own question in its own population, or the claim itself names the population studied.)

-- Claims.
-- The pain-monitoring model was tested in Achilles tendinopathy, not at the hip.
UPDATE claim_source SET directness = 'INDIRECT'
  WHERE claim_id = (SELECT id FROM claim WHERE slug = 'pain-monitoring-model')
    AND source_id = (SELECT id FROM source WHERE slug = 'silbernagel-2007');
-- Deane measured sprint and agility, not running economy.
UPDATE claim_source SET directness = 'INDIRECT'
  WHERE claim_id = (SELECT id FROM claim WHERE slug = 'economy-general-strength')
    AND source_id = (SELECT id FROM source WHERE slug = 'deane-2005');
-- Lauersen is cited for what stretching does not do (prevent injury); the claim is about range of motion.
UPDATE claim_source SET directness = 'INDIRECT'
  WHERE claim_id = (SELECT id FROM claim WHERE slug = 'stretching-for-comfort')
    AND source_id = (SELECT id FROM source WHERE slug = 'lauersen-2014');
-- Beers studied a similar programme in patients, not the Stanford runners the claim is about.
UPDATE claim_source SET directness = 'INDIRECT'
  WHERE claim_id = (SELECT id FROM claim WHERE slug = 'stanford-study')
    AND source_id = (SELECT id FROM source WHERE slug = 'beers-2008');
-- Garry's page is titled "Iliopsoas Tendinitis" and defines it as inflammation: the opposite of this claim, which
-- correction 5 of issue 15 gives a source that says it (the ICON 2019 terminology consensus).
UPDATE claim_source SET stance = 'CONTRADICTS'
  WHERE claim_id = (SELECT id FROM claim WHERE slug = 'tendinopathy-not-tendinitis')
    AND source_id = (SELECT id FROM source WHERE slug = 'garry-2019');

-- Checklist items: it is an injury-prevention checklist, and the reviews found that stretching (Lauersen 2014) and
-- exercise programmes in runners (Wu 2024) did not prevent injuries.
UPDATE checklist_item_source SET stance = 'CONTRADICTS'
  WHERE item_id IN (SELECT id FROM checklist_item WHERE slug IN ('hip-flexor-stretch', 'butterfly-stretch'))
    AND source_id = (SELECT id FROM source WHERE slug = 'lauersen-2014');
-- Wu studied prevention programmes, not a warm-up.
UPDATE checklist_item_source SET stance = 'CONTRADICTS', directness = 'INDIRECT'
  WHERE item_id IN (SELECT id FROM checklist_item
                    WHERE slug IN ('warm-up', 'easy-jog', 'leg-swings', 'walking-lunges', 'high-knees'))
    AND source_id = (SELECT id FROM source WHERE slug = 'wu-2024');
-- Lauersen's effect of strength training comes from many sports, most of them not running.
UPDATE checklist_item_source SET directness = 'INDIRECT'
  WHERE item_id = (SELECT id FROM checklist_item WHERE slug = 'two-strength-sessions')
    AND source_id = (SELECT id FROM source WHERE slug = 'lauersen-2014');
-- Esculier is a treatment trial for patellofemoral pain, not prevention evidence for gradual loading.
UPDATE checklist_item_source SET directness = 'INDIRECT'
  WHERE item_id = (SELECT id FROM checklist_item WHERE slug = 'gradual-load')
    AND source_id = (SELECT id FROM source WHERE slug = 'esculier-2018');

-- Exercises' doses: the ACSM ranges (Garber 2011) support each dose directly; the other sources are cited for what
-- the exercise does not do (prevent injuries) or come from football.
UPDATE exercise_source SET directness = 'INDIRECT'
  WHERE source_id IN (SELECT id FROM source WHERE slug IN ('lauersen-2014', 'wu-2024', 'haroy-2019'));

-- Routines: the same, and Blagrove's economy gains came from heavier, explosive and plyometric training, not from
-- these routines; the six-week programme's 6-week studies trained other muscles in other groups.
UPDATE routine_source SET directness = 'INDIRECT'
  WHERE source_id IN (SELECT id FROM source WHERE slug IN ('lauersen-2014', 'wu-2024', 'haroy-2019', 'blagrove-2018',
                      'silbernagel-2007', 'fredericson-2000', 'ferber-2015', 'willy-davis-2011'));

-- 3. Regrades: what the rule flags once the sources and links are recorded.
-- Silbernagel 2007 studied the Achilles tendon: for the hip the model is extrapolated (issue 15, correction 1).
UPDATE claim SET evidence_level = 'EXTRAPOLATED' WHERE slug = 'pain-monitoring-model';
-- Ferber 2011's pain result is before-and-after (issue 15, correction 7).
UPDATE claim SET evidence_level = 'CASE_SERIES' WHERE slug = 'pfp-hip-programme-knee-mechanics';
-- The stretches are for comfort and range of motion, on the ACSM guidance; the review found no preventive effect
-- (issue 15, correction 3).
UPDATE checklist_item SET evidence_level = 'EXPERT_OPINION' WHERE slug IN ('hip-flexor-stretch', 'butterfly-stretch');
-- The warm-up routine cited only the two reviews of what a warm-up does not do; the ACSM position stand its drills'
-- doses cite recommends a warm-up of this kind, as the checklist's warm-up item already says.
INSERT INTO routine_source (routine_id, source_id, stance, directness) VALUES (
  (SELECT id FROM routine WHERE slug = 'dynamic-warm-up' AND owner_id IS NULL),
  (SELECT id FROM source WHERE slug = 'garber-2011'), 'SUPPORTS', 'DIRECT');
