-- Content corrections from the December 2026 expert review (issue 15, section 1 and its "also fix" list):
-- each claim, section, routine, exercise and checklist row now says only what its source shows, and every
-- reference can be checked. Grades and source designs of existing rows are V17's; new sources here name
-- their design and population, and new links their stance and directness. Plain SQL for H2 2.x and
-- PostgreSQL 15; rows are found by slug.

-- New sources, each checked against its published record (see docs/content.md).
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position, design, population) VALUES
  ('scott-2020', 'Scott et al. 2020 (ICON 2019)',
   'Scott A, Squier K, Alfredson H, et al. ICON 2019: International Scientific Tendinopathy Symposium Consensus: clinical terminology. Br J Sports Med 2020;54(5):260–262.',
   'Expert consensus: a Delphi process and a meeting of international tendon clinicians and researchers that agreed the names for painful tendon conditions.',
   '10.1136/bjsports-2019-100885', 'https://doi.org/10.1136/bjsports-2019-100885', 30, 'EXPERT_CONSENSUS',
   'International tendon clinicians and researchers; the terms cover tendon pain anywhere in the body'),
  ('nielsen-2014', 'Nielsen et al. 2014',
   'Nielsen RO, Parner ET, Nohr EA, Sørensen H, Lind M, Rasmussen S. Excessive progression in weekly running distance and risk of running-related injuries: an association which varies according to type of injury. J Orthop Sports Phys Ther 2014;44(10):739–747.',
   'Prospective cohort study: 874 healthy novice runners with GPS watches followed for a year; injury rates compared by how fast their weekly distance rose (under 10%, 10–30% or over 30%). It shows an association, not cause and effect.',
   '10.2519/jospt.2014.5164', 'https://doi.org/10.2519/jospt.2014.5164', 31, 'COHORT',
   '874 healthy novice runners, followed for one year'),
  ('buist-2008', 'Buist et al. 2008',
   'Buist I, Bredeweg SW, van Mechelen W, Lemmink KAPM, Pepping G-J, Diercks RL. No effect of a graded training program on the number of running-related injuries in novice runners: a randomized controlled trial. Am J Sports Med 2008;36(1):33–39.',
   'Randomised controlled trial: 532 novice runners preparing for a 6.7 km race followed either a standard 8-week programme or a graded 13-week programme built on the 10% rule.',
   '10.1177/0363546507307505', 'https://doi.org/10.1177/0363546507307505', 32, 'RANDOMISED_TRIAL',
   '532 novice runners training for a 6.7 km recreational race');

-- Incomplete references completed. Lee & Healy's grades are cited from their own paper, not a summary site.
UPDATE source SET
  short_name = 'Lee & Healy 2004',
  reference = 'Lee JC, Healy JC. Sonography of lower limb muscle injury. AJR Am J Roentgenol 2004;182(2):341–351.',
  study_design = 'Narrative review of how lower-limb muscle injuries look on ultrasound, including the clinical grading of muscle strains from grade I to III; expert opinion, not a study of how injuries turn out.',
  design = 'NARRATIVE_REVIEW',
  population = 'Not a study of patients: a radiology review of lower-limb muscle injuries'
WHERE slug = 'lee-healy-strain-grades';
UPDATE source SET
  reference = 'Garry JP. Iliopsoas tendinitis. Medscape Reference (eMedicine), article 90993; updated 16 January 2019.',
  url = 'https://emedicine.medscape.com/article/90993-overview'
WHERE slug = 'garry-2019';
UPDATE source SET
  short_name = 'Flinn 2017 (Medscape)',
  reference = 'Flinn SD. Femoral neck stress fracture. Medscape Reference (eMedicine), article 86808; updated 31 May 2017.',
  url = 'https://emedicine.medscape.com/article/86808-clinical'
WHERE slug = 'flinn-medscape';

-- Return-to-running ranges: no checkable source gives them by grade, so they go, with the source that nobody
-- can check. Links to it are deleted first, from every table that links sources.
DELETE FROM claim_source WHERE source_id IN (SELECT id FROM source WHERE slug = 'clinic-return-times');
DELETE FROM checklist_item_source WHERE source_id IN (SELECT id FROM source WHERE slug = 'clinic-return-times');
DELETE FROM exercise_source WHERE source_id IN (SELECT id FROM source WHERE slug = 'clinic-return-times');
DELETE FROM routine_source WHERE source_id IN (SELECT id FROM source WHERE slug = 'clinic-return-times');
DELETE FROM muscle_source WHERE source_id IN (SELECT id FROM source WHERE slug = 'clinic-return-times');
DELETE FROM source WHERE slug = 'clinic-return-times';
ALTER TABLE strain_grade DROP COLUMN return_to_running;

UPDATE guide_page SET
  summary = 'How hip flexor strains and iliopsoas tendinopathy happen, what they feel like, how to judge when to run again, and when to see a clinician.'
WHERE slug = 'injuries';

UPDATE guide_section SET body = REPLACE(body,
  'The table below gives the typical signs of each grade and a rough recovery time.',
  'The table below gives the typical signs of each grade. It gives no recovery times: we found no study that measured them for each grade, and we do not quote figures nobody can check.')
WHERE slug = 'strains' AND page_id = (SELECT id FROM guide_page WHERE slug = 'injuries');

UPDATE claim SET
  statement = 'Recovery times after a hip flexor strain vary a lot, and no study we could check gives them for each grade, so we do not quote a number of weeks. Let how the hip behaves, not the calendar, decide when you run again.',
  finding = 'The three grades rest largely on expert opinion, and little evidence links them to how an injury turns out (Hamilton 2015, a narrative review of how muscle injuries are graded). We found no study of return-to-running times after hip flexor strains by grade. The week ranges that circulate come from clinic and patient-information web pages that show no data behind them, so we have left them out.'
WHERE slug = 'return-times-approximate';

UPDATE claim SET
  finding = 'This is clinical convention rather than tested advice. In the clinical grades we use (Lee & Healy 2004), grade III is a complete tear of the muscle or tendon; where a tendon tears away it can pull off a piece of bone (an avulsion), and a clinician needs to decide whether it needs a surgeon. The grades themselves rest on expert opinion (Hamilton 2015). We also advise assessment for grade II, a partial tear with weakness and a limp. GP guidance on hip pain (Singh, GPonline) lists sudden onset or injury and being unable to bear weight among the red flags.'
WHERE slug = 'see-clinician-grade-2-3';
INSERT INTO claim_source (claim_id, source_id, stance, directness) VALUES
  ((SELECT id FROM claim WHERE slug = 'see-clinician-grade-2-3'), (SELECT id FROM source WHERE slug = 'lee-healy-strain-grades'), 'SUPPORTS', 'DIRECT');

UPDATE claim SET
  finding = 'Hamilton et al. 2015, a narrative review of how muscle injuries are classified, found that the grading systems in use rest largely on expert opinion, with little evidence linking them to how an injury turns out. The descriptions in our table follow the clinical grades described by Lee and Healy in a 2004 review of muscle injuries on ultrasound. The percentages of lost function are rough clinical estimates.'
WHERE slug = 'strain-grades-convention';

-- Returning to running: no week ranges, and the pain-monitoring model only for an examined tendon or muscle
-- problem, with the red flags linked beside it.
UPDATE guide_section SET
  body = 'How long it takes to get back to running depends on the injury, how bad it is and how it is loaded while it heals. We do not give a number of weeks for each strain grade: we found no study that measured return-to-running times by grade, and the figures quoted on clinic websites show no data behind them.

What matters more than the calendar is how the hip behaves. Clinicians usually look for these before a full return:

- Pain has gone, or is at a level you can easily tolerate
- Movement, flexibility and strength are about the same as on the other side
- Running drills, such as strides and short hills, feel close to pain-free

Build back gradually, with easy running first and faster running last.

Some clinicians let a runner keep training through a little pain, using a pain-monitoring model. That is for a tendon or muscle problem a clinician has examined, not a rule for pain nobody has looked at, and it was tested on the Achilles tendon, not the hip. Never use it for bone pain or deep groin pain, which can be a stress fracture: check the red flags first.',
  block = 'RED_FLAGS_LINK'
WHERE slug = 'returning-to-running' AND page_id = (SELECT id FROM guide_page WHERE slug = 'injuries');

UPDATE claim SET
  statement = 'If a clinician has examined you and found a tendon or muscle problem, they may let you keep some activity going while pain stays at about 5 out of 10 or less during and after it and has settled by the next morning. This rule is carried over from the Achilles tendon. It is not a safe limit for pain nobody has examined, and never for bone pain or deep groin pain, which can be a stress fracture.',
  finding = 'Silbernagel et al. 2007 randomised 38 adults with Achilles tendinopathy either to keep running and jumping or to rest from them for the first 6 weeks. The pain-monitoring model (pain up to 5 on a 0–10 scale during and after activity, settled by the next morning) was used in both groups, and both improved by similar amounts: keeping active under the model did no measurable harm. The trial did not test the 5/10 limit itself against any other limit, and it did not study the hip or groin, so for hip and groin pain the model is an extrapolation.',
  popular_claim = 'Training through hip or groin pain is fine as long as it stays at 5 out of 10 or below.'
WHERE slug = 'pain-monitoring-model';

UPDATE routine SET
  description = REPLACE(description,
    'The progression rules use pain limits from a pain-monitoring model that was developed in a trial of continued activity in Achilles tendinopathy (Silbernagel 2007); using it for the hip is an extrapolation. It is not for suspected bone pain or stress fractures, or for fresh strains: in those cases stop and see a clinician.',
    'This programme is for runners without an injury, so the exercises should tire your muscles, not hurt them. If a clinician has examined you and is treating a tendon or muscle problem, they may let you progress with some pain using a pain-monitoring model. That model comes from a randomised trial of 38 adults with Achilles tendinopathy that compared continued running and jumping with rest and used the model in both groups (Silbernagel 2007). It did not test the 5/10 limit and did not study the hip, so for hip and groin pain it is an extrapolation. It is never for bone pain or deep groin pain, which can be a stress fracture: stop, check the red flags and see a clinician.'),
  rules = 'Change only one thing at a time: sets, repetitions, load, hold time or exercise.
Progress only if the sessions left your muscles tired but not painful, and any ache had gone by the next morning (a convention).
Progress only if next-morning stiffness or ache is no worse than the week before (a convention).
After a flare-up, go back one level and stay there until it settles.
If a clinician has examined you and is treating a tendon or muscle problem, they may set a pain limit instead, such as pain up to 5/10 during and after a session that has settled by the next morning. That limit comes from a trial in Achilles tendinopathy (Silbernagel 2007); for the hip it is an extrapolation.
Never use a pain limit for bone pain, deep groin pain, a suspected stress fracture or a fresh strain: stop and get checked instead.
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg.
If you are racing at the end of week 6, cut the volume by about 30–50% that week (a convention, not a tested rule).'
WHERE slug = 'six-week-hip-programme';

-- Strength work and training load: what the running studies show, and where the stronger evidence comes from.
UPDATE guide_section SET body = body || '

Building up your running gradually makes sense, but no study has found a safe rate of increase, and the popular 10% rule did not prevent injuries when it was tested.'
WHERE slug = 'injury-prevention' AND page_id = (SELECT id FROM guide_page WHERE slug = 'running');

UPDATE claim SET
  statement = 'In trials across many sports, mostly team sports, strength training programmes cut injuries. That has not been shown in runners (see the next point), so do not count on strength work alone to keep you injury-free.',
  finding = 'In the same meta-analysis (Lauersen 2014, 25 randomised trials), strength training cut injuries to about a third (risk ratio 0.315) and balance (proprioception) training to about a half (risk ratio 0.550). The trials behind these figures were mostly in team sports and mixed groups, not runners; in runners specifically, trials of exercise programmes have not shown a clear effect (see the next point).'
WHERE slug = 'strength-training-fewer-injuries';

INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'load-progression',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'Build up your running gradually, but no safe rate of increase is known. In new runners, big jumps in weekly distance went with more of some overuse injuries, while a slower build-up following the 10% rule did not prevent injuries in a trial.',
  'Nielsen et al. 2014 followed 874 novice runners for a year. Injuries overall were no more common after weekly distance rose by over 30% than after rises of under 10%. For distance-related injuries, such as kneecap pain, iliotibial band syndrome and shin splints, the rate was higher after rises of over 30% (hazard ratio 1.59), but the result was not statistically certain (95% confidence interval 0.96–2.66, which includes no difference). Buist et al. 2008 randomised 532 novice runners training for a 6.7 km race to a standard 8-week programme or a graded 13-week programme built on the 10% rule: about 1 in 5 was injured in each group (20.8% and 20.3%). A rapid increase in training is also described as a cause of femoral neck stress fractures in runners (Medscape, Flinn 2017).',
  'Never increase your weekly mileage by more than 10%, and you will avoid injury.',
  'EXPERT_OPINION', 7);
INSERT INTO claim_source (claim_id, source_id, stance, directness) VALUES
  ((SELECT id FROM claim WHERE slug = 'load-progression'), (SELECT id FROM source WHERE slug = 'nielsen-2014'), 'SUPPORTS', 'DIRECT'),
  ((SELECT id FROM claim WHERE slug = 'load-progression'), (SELECT id FROM source WHERE slug = 'buist-2008'), 'SUPPORTS', 'DIRECT'),
  ((SELECT id FROM claim WHERE slug = 'load-progression'), (SELECT id FROM source WHERE slug = 'flinn-medscape'), 'SUPPORTS', 'DIRECT');

UPDATE checklist_group SET
  summary = 'Two habits worth keeping, though neither has been shown to prevent injuries in runners: regular strength work (which cut injuries in trials in other sports, mostly team sports) and a training load that rises gradually (no safe rate of increase is known).'
WHERE slug = 'every-week';
UPDATE checklist_item SET
  detail = 'Add distance, speed or hills a little at a time rather than all at once. In novice runners, weekly distance rising by more than about 30% went with more injuries of some kinds, though that result was not certain (Nielsen 2014); in a trial, a slower build-up following the 10% rule did not prevent injuries (Buist 2008). No safe rate is known. A sudden jump in training is also a known risk factor for stress fractures.',
  link_url = '/guide/running#injury-prevention',
  link_text = 'Training load and injuries'
WHERE slug = 'gradual-load';
DELETE FROM checklist_item_source
WHERE item_id = (SELECT id FROM checklist_item WHERE slug = 'gradual-load')
  AND source_id = (SELECT id FROM source WHERE slug = 'esculier-2018');
INSERT INTO checklist_item_source (item_id, source_id, stance, directness) VALUES
  ((SELECT id FROM checklist_item WHERE slug = 'gradual-load'), (SELECT id FROM source WHERE slug = 'nielsen-2014'), 'SUPPORTS', 'DIRECT'),
  ((SELECT id FROM checklist_item WHERE slug = 'gradual-load'), (SELECT id FROM source WHERE slug = 'buist-2008'), 'CONTRADICTS', 'DIRECT');

UPDATE checklist_item SET
  text = 'Deep groin pain that gets worse run by run, hurts when you walk, at night or when you hop on that leg'
WHERE slug = 'deep-groin-pain';

-- Running economy: Blagrove 2018's gains came from heavy, explosive and plyometric training, not band work.
UPDATE guide_section SET
  body = 'Running economy is how much oxygen, and so energy, you use to hold a given pace. Better economy means the same pace feels easier.

Heavy strength training, explosive lifts and jumping (plyometric) exercises have good evidence for improving running economy in distance runners. We found no study that tested hip flexor training on its own for this, and the studies popular articles quote for it could not be found. The band and bodyweight routines in HipFlex are not that kind of training, so do not expect them to improve your economy. Hip flexor exercises can still be one part of a strength routine, done about twice a week.'
WHERE slug = 'running-economy' AND page_id = (SELECT id FROM guide_page WHERE slug = 'running');

UPDATE claim SET
  statement = 'We could not find any study showing that stronger hip flexors improve running economy. Heavy, explosive and plyometric strength training does improve it in distance runners; light band and bodyweight exercises like those in HipFlex''s routines are a different kind of training and have not been shown to.',
  finding = 'No Journal of Sports Sciences study linking hip flexor strength with running economy could be found, and we found no trial of hip flexor training that measured running economy. Blagrove et al. 2018 reviewed 24 studies in which distance runners added heavy resistance, explosive resistance or plyometric training; running economy improved by about 2–8% in most of the 20 studies that measured it, with gains in time-trial performance too. Balsalobre-Fernández et al. 2016 pooled 5 studies in highly trained runners and reached a similar conclusion. These programmes trained the legs broadly, with weights or jumps, not the hip flexors on their own with a band. The one hip flexor training study found (Deane 2005) measured sprint and agility, not economy.'
WHERE slug = 'economy-general-strength';

UPDATE routine SET description = REPLACE(description,
  'A review of strength training in middle- and long-distance runners recommends 2 to 3 sessions a week; in most of the studies it reviewed, running economy improved (Blagrove 2018).',
  'A review of strength training in middle- and long-distance runners recommends 2 to 3 sessions a week (Blagrove 2018). The running economy gains in that review came from heavy, explosive and plyometric training; these band and bodyweight exercises are not that kind of training, so do not expect them to make your running pace feel easier.')
WHERE slug IN ('hip-strength-a', 'hip-strength-b');

-- Tendinopathy: named on the authority of the terminology consensus; Garry's article (titled "Iliopsoas
-- Tendinitis") stays behind the clinical description only.
UPDATE claim SET
  statement = 'We call it tendinopathy rather than tendinitis: tendinopathy is the agreed name for persistent tendon pain and loss of function related to load, and it does not assume that inflammation is the cause.',
  finding = 'An international consensus of tendon clinicians and researchers (ICON 2019, Scott et al. 2020) agreed that tendinopathy is the preferred term for persistent tendon pain and loss of function related to mechanical loading. The older name, tendinitis, implies inflammation. The consensus covers tendons in general, not the iliopsoas in particular.'
WHERE slug = 'tendinopathy-not-tendinitis';
DELETE FROM claim_source
WHERE claim_id = (SELECT id FROM claim WHERE slug = 'tendinopathy-not-tendinitis')
  AND source_id = (SELECT id FROM source WHERE slug = 'garry-2019');
INSERT INTO claim_source (claim_id, source_id, stance, directness) VALUES
  ((SELECT id FROM claim WHERE slug = 'tendinopathy-not-tendinitis'), (SELECT id FROM source WHERE slug = 'scott-2020'), 'SUPPORTS', 'DIRECT');

UPDATE claim SET
  statement = 'Iliopsoas tendinopathy usually causes gradual pain at the front of the hip or groin. Running (especially long, fast strides and uphill), stairs, rising from a chair and putting on socks tend to make it worse. Pain from the bursa next to the tendon can feel the same.',
  finding = 'Clinical descriptions (Garry 2019): the pain comes on without a clear injury, may spread into the lower abdomen or down the front of the thigh towards the knee, and tends to progress from pain after activity, to pain during it, to pain at rest. Kicking and inclines also aggravate it. There may be a snapping or clicking deep in the hip, which is often painless by itself. Garry also describes problems of the iliopsoas tendon and of the bursa beside it as looking the same and being managed the same way. These descriptions come from clinical experience rather than research studies.'
WHERE slug = 'tendinopathy-symptoms';

UPDATE claim SET finding = REPLACE(finding,
  'Medscape''s clinical review of iliopsoas tendinopathy (Garry 2019)',
  'Medscape''s clinical reference article on iliopsoas tendinitis (Garry 2019)')
WHERE slug = 'return-to-running-criteria';
UPDATE claim SET finding = REPLACE(finding, 'Medscape (Flinn) describes', 'Medscape (Flinn 2017) describes')
WHERE slug = 'fnsf-mimics-strain';

-- The Doha agreement: iliopsoas-related groin pain is defined by tenderness, and it is one of several kinds.
UPDATE claim SET
  statement = 'Clinicians call groin pain iliopsoas-related when the iliopsoas is tender to touch; pain when lifting the leg against resistance, or when the hip flexors are stretched, makes it more likely. It is one of several kinds of groin pain, which an examination tells apart.',
  finding = 'This is the definition agreed at an international expert meeting in Doha on terms for groin pain in athletes (Weir et al. 2015): tenderness of the iliopsoas defines it, and pain on resisted hip flexion or on stretching the hip flexors makes it more likely. The agreement names three other clinical entities, adductor-related, inguinal-related and pubic-related groin pain, and puts hip-related groin pain (from the hip joint itself, such as the femoroacetabular impingement syndrome described by the Warwick agreement of 2016) and other causes under headings of their own. It is a consensus on labels, so that clinicians and researchers describe groin pain the same way; it is not a test to diagnose yourself with.'
WHERE slug = 'doha-iliopsoas-groin-pain';

-- Serner 2018: what the study found (33 of 156 male athletes, 40 muscle injuries), not its background.
UPDATE guide_section SET
  body = 'Not every hip flexor is injured equally often. In a detailed scan study of male athletes with sudden groin injuries, about one in five had hurt a hip flexor; rectus femoris and iliacus were hurt most often, and the way the injury happened tended to differ between the two.

The study looked at male athletes from sport in general rather than distance runners, so the exact numbers may not carry over to running, or to women. Sprinting, though, was one of the ways rectus femoris was injured.'
WHERE slug = 'which-muscles' AND page_id = (SELECT id FROM guide_page WHERE slug = 'injuries');

UPDATE claim SET
  statement = 'In a study of male athletes with sudden groin injuries, about one in five (21%) had injured a hip flexor muscle.',
  finding = 'Serner et al. 2018 examined 156 male athletes with acute groin pain with detailed MRI scans within 7 days of injury: 33 of 156 (about 21%) had an acute hip flexor muscle injury, 40 muscle injuries in all. The figure of about a third that is often quoted comes from the background of the paper, citing earlier work, not from its own result. All the athletes were men, and they were not specifically runners.',
  popular_claim = 'Hip flexor injuries make up a third of sudden groin injuries.'
WHERE slug = 'hip-flexors-share-of-groin-injuries';
UPDATE claim SET
  finding = 'Serner et al. 2018 found 40 hip flexor muscle injuries in 33 male athletes: rectus femoris 16, iliacus 12, psoas 7, sartorius 4 and tensor fasciae latae 1 (some athletes injured more than one muscle). Rectus femoris injuries mostly happened when kicking (10) or sprinting (4), iliacus injuries most often during a change of direction (5). The study was small, the athletes were all men, and they came from sport in general rather than distance running.'
WHERE slug = 'which-hip-flexors-injured';
UPDATE claim SET
  finding = 'In Serner et al. 2018''s MRI study of 33 male athletes with acute hip flexor injuries (40 muscle injuries in all), rectus femoris was involved in 16: 10 while kicking and 4 while sprinting. The athletes were all men and not specifically runners.'
WHERE slug = 'rectus-femoris-injuries';
UPDATE claim SET
  statement = 'The iliacus is the second most often injured hip flexor, most often during a change of direction.',
  finding = 'In Serner et al. 2018''s MRI study of 33 male athletes with acute hip flexor injuries (40 muscle injuries in all), the iliacus was involved in 12 and the psoas in 7. A change of direction was the most common way the iliacus was injured (5 of 12). The athletes were all men and not specifically runners.'
WHERE slug = 'iliacus-injuries';

UPDATE muscle SET injuries = 'Sudden strains affect the iliacus part more often than the psoas: in an MRI study of 33 male athletes with acute hip flexor injuries (40 muscle injuries in all; Serner 2018), the iliacus was involved in 12 and the psoas in 7. Overuse can lead to iliopsoas tendinopathy: gradual pain at the front of the hip or groin, made worse by running (especially long, fast strides and hills), stairs, rising from a chair or putting on socks. Deep groin pain in a runner can also be a femoral neck stress fracture, which needs a clinician; see the red flags.'
WHERE slug = 'iliopsoas';
UPDATE muscle SET injuries = 'The second most often injured hip flexor in Serner 2018''s MRI study of 33 male athletes with acute hip flexor injuries (12 of the 40 muscle injuries), most often during a change of direction. It can also be involved in gradual front-of-hip pain from iliopsoas tendinopathy.'
WHERE slug = 'iliacus';
UPDATE muscle SET injuries = 'Less often injured than the iliacus: 7 of the 40 muscle injuries in Serner 2018''s MRI study of 33 male athletes with acute hip flexor injuries. Gradual pain from this area is usually described as iliopsoas tendinopathy.'
WHERE slug = 'psoas-major';
UPDATE muscle SET injuries = 'The hip flexor injured most often: 16 of the 40 muscle injuries in Serner 2018''s MRI study of 33 male athletes with acute hip flexor injuries, mostly during kicking or sprinting.'
WHERE slug = 'rectus-femoris';
UPDATE muscle SET injuries = 'Injured much less often than rectus femoris or iliacus: 4 of the 40 muscle injuries in Serner 2018''s MRI study of 33 male athletes with acute hip flexor injuries.'
WHERE slug = 'sartorius';
UPDATE muscle SET injuries = 'Rarely injured suddenly: 1 of the 40 muscle injuries in Serner 2018''s MRI study of 33 male athletes with acute hip flexor injuries.'
WHERE slug = 'tensor-fasciae-latae';

-- The standing hip flexor stretch: the steps describe the positions its illustration shows.
UPDATE exercise SET steps = 'Stand with one foot a long step in front of the other, holding a wall, rail or chair if you like.
Keep the back leg straight with the heel on the ground.
Tuck your tailbone under and squeeze the buttock of the back leg.
Bend the front knee a little to ease your hips forward, letting the back heel lift, until you feel a mild stretch at the front of the back hip.
Hold for 20 to 30 seconds, breathing slowly.
Step your feet together and change sides.'
WHERE slug = 'standing-hip-flexor-stretch';
