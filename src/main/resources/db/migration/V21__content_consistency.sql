-- Texts the grading (V17), the corrections (V18) and the groin-pain content (V20) left saying slightly more or
-- less than their sources now do (issue 15).

-- Ferber 2011 is graded a case series: its controls were pain-free and did no programme, so the fall in pain is
-- a before-and-after finding.
UPDATE claim SET
  finding = 'Ferber et al. 2011 followed 15 runners with patellofemoral pain through a 3-week hip abductor strengthening programme. Strength rose, pain fell and stride-to-stride variability fell, but peak knee valgus (the knee moving inwards) did not change. The 10 control runners had no knee pain and did no programme, so they show what normal running looks like, not what would have happened to the injured runners without the exercises: the fall in pain is a before-and-after finding in a small group over a short time.'
WHERE slug = 'pfp-hip-programme-knee-mechanics';

-- Ferber 2015 compared two programmes with each other; it had no group without exercise.
UPDATE claim SET
  statement = 'For pain around the kneecap (patellofemoral pain, often called runner''s knee), a hip-and-core programme and a knee strengthening programme did about equally well; with the hip programme, pain eased about a week sooner.',
  finding = 'Ferber et al. 2015, a multicentre randomised trial: 199 people with patellofemoral pain (not only runners) did 6 weeks of either hip-and-core or knee strengthening. Pain and function improved in both groups. In the hip group, pain fell about 1 week earlier, and hip abductor and extensor strength rose more. The trial compared the two programmes with each other and had no group that did no exercise, so it shows how they compare, not how much of the improvement either one caused. It is about hip strengthening in general, not the hip flexors.'
WHERE slug = 'pfp-hip-or-knee-exercise';

-- The red-flag list now has an urgency for each flag and more flags than GPonline's list.
UPDATE claim SET
  finding = 'The list starts from GP guidance on red-flag symptoms in adult hip pain (Singh, GPonline), which lists signs that may point to a serious cause other than a muscle or tendon problem. We have added a pop with immediate loss of function, which can mean a grade III strain or avulsion; the warning signs of a femoral neck stress fracture (Robertson & Wood 2017); signs of cauda equina syndrome (Finucane et al. 2020); a swollen, painful calf or thigh (NICE NG158); and two for children and teenagers (Peck et al. 2017; Eberbach et al. 2017). Each flag says how soon to act; the list is ordered by it. A red flag is a reason to be checked, not a diagnosis.'
WHERE slug = 'red-flag-list';
INSERT INTO claim_source (claim_id, source_id, stance, directness)
SELECT c.id, s.id, 'SUPPORTS', 'DIRECT' FROM claim c, source s
WHERE c.slug = 'red-flag-list' AND s.slug IN ('finucane-2020', 'nice-ng158', 'peck-2017', 'eberbach-2017')
  AND NOT EXISTS (SELECT 1 FROM claim_source x WHERE x.claim_id = c.id AND x.source_id = s.id);

-- A previous stress fracture is the strongest known risk factor (Wright et al. 2015, on the groin-pain page).
UPDATE claim SET
  statement = 'The risk is higher if you have had a stress fracture before (the strongest known risk factor in runners), after a rapid increase in training, with low energy availability (not eating enough for your training), irregular or absent periods, low bone density or a low body weight.',
  finding = 'A systematic review of stress fractures in runners (Wright et al. 2015) found a previous stress fracture to be the strongest risk factor. The others come from the research on bone stress injuries, the female athlete triad and relative energy deficiency in sport (RED-S), as summarised in clinical reviews of stress fractures. They make a stress fracture more likely, but having none of them does not rule one out.'
WHERE slug = 'fnsf-risk-factors';
INSERT INTO claim_source (claim_id, source_id, stance, directness)
SELECT c.id, s.id, 'SUPPORTS', 'DIRECT' FROM claim c, source s
WHERE c.slug = 'fnsf-risk-factors' AND s.slug = 'wright-2015'
  AND NOT EXISTS (SELECT 1 FROM claim_source x WHERE x.claim_id = c.id AND x.source_id = s.id);

-- The red-flag box says "the same day" for a suspected femoral neck stress fracture.
UPDATE claim SET
  statement = 'Stop running, avoid weight-bearing that hurts, and get checked the same day. A normal X-ray early on does not rule out a stress fracture, and finding it before the bone shifts out of place makes a big difference to recovery.'
WHERE slug = 'fnsf-early-diagnosis';

-- The Doha claim names the Warwick agreement: cite it.
INSERT INTO claim_source (claim_id, source_id, stance, directness)
SELECT c.id, s.id, 'SUPPORTS', 'DIRECT' FROM claim c, source s
WHERE c.slug = 'doha-iliopsoas-groin-pain' AND s.slug = 'griffin-2016-warwick'
  AND NOT EXISTS (SELECT 1 FROM claim_source x WHERE x.claim_id = c.id AND x.source_id = s.id);

-- Gradual loading now rests on Nielsen 2014 (a cohort whose result was not statistically certain) and Buist 2008
-- (a trial in which the 10% rule did not reduce injuries): expert opinion, as the load-progression claim is.
UPDATE checklist_item SET evidence_level = 'EXPERT_OPINION' WHERE slug = 'gradual-load';

-- The stretches are graded expert opinion (comfort and range of motion): each says so itself, and what the
-- review it cites found.
UPDATE checklist_item SET
  detail = 'Two holds of about 30 seconds on each side, to mild tightness, never pain. For comfort and range of motion: a review of 25 trials (Lauersen 2014) found that stretching did not prevent injuries.'
WHERE slug = 'hip-flexor-stretch';
UPDATE checklist_item SET
  detail = 'Mostly stretches the inner thigh (adductors), not the hip flexors. For comfort and range of motion: a review of 25 trials (Lauersen 2014) found that stretching did not prevent injuries.'
WHERE slug = 'butterfly-stretch';
