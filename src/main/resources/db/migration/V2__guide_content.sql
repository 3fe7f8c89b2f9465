-- HipFlex guide content: sources, muscles, guide pages and sections, claims with their
-- evidence, strain grades and red flags. Plain SQL for both H2 2.x and PostgreSQL 15.
-- Ids come from the identity columns; rows refer to each other through slug subqueries.

-- Sources
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'openstax-anatomy-2e', 'OpenStax Anatomy & Physiology 2e',
  'Betts JG, Young KA, Wise JA, et al. Anatomy and Physiology 2e. Houston (TX): OpenStax. Section 11.6: Appendicular muscles of the pelvic girdle and lower limbs.',
  'Textbook: an open-access university anatomy and physiology text, used here for standard descriptions of muscle attachments, nerve supply and actions.',
  NULL, NULL, 1);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'novacheck-1998', 'Novacheck 1998',
  'Novacheck TF. The biomechanics of running. Gait Posture 1998;7:77–95.',
  'Narrative review of running biomechanics that draws together gait-laboratory studies of joint movement, forces and muscle activity.',
  NULL, NULL, 2);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'dorn-2012', 'Dorn et al. 2012',
  'Dorn TW, Schache AG, Pandy MG. Muscular strategy shift in human running: dependence of running speed on hip and ankle muscle performance. J Exp Biol 2012;215:1944–1956.',
  'Modelling study: computer simulations of how leg muscles contribute to running at speeds from jogging up to sprinting, based on laboratory measurements of runners.',
  '10.1242/jeb.064527', 'https://doi.org/10.1242/jeb.064527', 3);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'willy-davis-2011', 'Willy & Davis 2011',
  'Willy RW, Davis IS. The effect of a hip-strengthening program on mechanics during running and during a single-leg squat. J Orthop Sports Phys Ther 2011;41(9):625–632.',
  'Randomised controlled trial: 20 healthy female runners with marked hip adduction when running; 10 did 6 weeks of hip strengthening 3 times a week and 10 served as controls.',
  NULL, NULL, 4);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'blagrove-2018', 'Blagrove et al. 2018',
  'Blagrove RC, Howatson G, Hayes PR. Effects of strength training on the physiological determinants of middle- and long-distance running performance: a systematic review. Sports Med 2018;48(5):1117–1149.',
  'Systematic review of studies of strength training in middle- and long-distance runners.',
  '10.1007/s40279-017-0835-7', 'https://doi.org/10.1007/s40279-017-0835-7', 5);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'balsalobre-fernandez-2016', 'Balsalobre-Fernández et al. 2016',
  'Balsalobre-Fernández C, Santos-Concejero J, Grivas GV. Effects of strength training on running economy in highly trained runners: a systematic review with meta-analysis of controlled trials. J Strength Cond Res 2016;30(8):2361–2368.',
  'Systematic review and meta-analysis of 5 studies of strength training and running economy in highly trained runners.',
  '10.1519/JSC.0000000000001316', 'https://doi.org/10.1519/JSC.0000000000001316', 6);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'silva-2018', 'Silva et al. 2018',
  'Silva WA, de Lira CAB, Vancini RL, Andrade MS. Hip muscular strength balance is associated with running economy in recreationally-trained endurance runners. PeerJ 2018;6:e5219.',
  'Cross-sectional study: hip flexor and extensor strength and running economy measured once in 39 recreational endurance runners (24 men, 15 women); association only.',
  '10.7717/peerj.5219', 'https://doi.org/10.7717/peerj.5219', 7);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'deane-2005', 'Deane et al. 2005',
  'Deane RS, Chow JW, Tillman MD, Fournier KA. Effects of hip flexor training on sprint, shuttle run, and vertical jump performance. J Strength Cond Res 2005;19(3):615–621.',
  'Controlled study: 24 physically active but untrained adults did 8 weeks of hip flexion resistance training and were compared with 24 controls; no trained runners.',
  NULL, NULL, 8);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'garber-2011', 'Garber et al. 2011 (ACSM)',
  'Garber CE, et al. American College of Sports Medicine position stand. Quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults: guidance for prescribing exercise. Med Sci Sports Exerc 2011;43(7):1334–1359.',
  'Position stand: expert recommendations from the American College of Sports Medicine on exercise for healthy adults, based on a review of the research.',
  NULL, NULL, 9);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'lauersen-2014', 'Lauersen et al. 2014',
  'Lauersen JB, Bertelsen DM, Andersen LB. The effectiveness of exercise interventions to prevent sports injuries: a systematic review and meta-analysis of randomised controlled trials. Br J Sports Med 2014;48(11):871–877.',
  'Systematic review and meta-analysis of 25 randomised trials of exercise programmes (stretching, strength, balance) to prevent sports injuries, across many sports.',
  '10.1136/bjsports-2013-092538', 'https://doi.org/10.1136/bjsports-2013-092538', 10);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'wu-2024', 'Wu et al. 2024',
  'Wu H, Brooke-Wavell K, Fong DTP, Paquette MR, Blagrove RC. Do exercise-based prevention programs reduce injury in endurance runners? Sports Med 2024;54(5):1249–1267.',
  'Systematic review and meta-analysis of 9 randomised trials including 1,904 endurance runners; the evidence was rated low quality.',
  '10.1007/s40279-024-01993-7', 'https://doi.org/10.1007/s40279-024-01993-7', 11);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'toresdahl-2020', 'Toresdahl et al. 2020',
  'Toresdahl BG, et al. A randomized study of a strength training program to prevent injuries in runners of the New York City Marathon. Sports Health 2020;12(1):74–79.',
  'Randomised trial: 720 first-time New York City marathon runners; a self-directed 10-minute strength programme 3 times a week for 12 weeks versus no programme.',
  '10.1177/1941738119877180', 'https://doi.org/10.1177/1941738119877180', 12);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'haroy-2019', 'Harøy et al. 2019',
  'Harøy J, et al. The Adductor Strengthening Programme prevents groin problems among male football players: a cluster-randomised controlled trial. Br J Sports Med 2019;53(3):150–157.',
  'Cluster-randomised controlled trial in male football teams: an adductor strengthening programme (Copenhagen adduction exercise) versus usual training; not tested in runners.',
  '10.1136/bjsports-2017-098937', 'https://doi.org/10.1136/bjsports-2017-098937', 13);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'fredericson-2000', 'Fredericson et al. 2000',
  'Fredericson M, Cookingham CL, Chaudhari AM, Dowdell BC, Oestreicher N, Sahrmann SA. Hip abductor weakness in distance runners with iliotibial band syndrome. Clin J Sport Med 2000;10(3):169–175.',
  'Case series: 24 runners with iliotibial band syndrome compared with 30 healthy runners; no control group for the rehabilitation.',
  NULL, NULL, 14);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'grau-2008', 'Grau et al. 2008',
  'Grau S, et al. Hip abductor weakness is not the cause for iliotibial band syndrome. Int J Sports Med 2008;29(7):579–583.',
  'Cross-sectional comparison: hip abductor strength measured in 10 runners with iliotibial band syndrome and 10 healthy runners.',
  NULL, NULL, 15);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'beers-2008', 'Beers et al. 2008',
  'Beers A, Ryan M, Kasubuchi Z, Fraser S, Taunton JE. Effects of multi-modal physiotherapy, including hip abductor strengthening, in patients with iliotibial band friction syndrome. Physiother Can 2008;60(2):180–188.',
  'Before-and-after study: 16 patients with iliotibial band syndrome followed through a 6-week physiotherapy programme including hip abductor strengthening; no control group.',
  '10.3138/physio.60.2.180', 'https://doi.org/10.3138/physio.60.2.180', 16);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'ferber-2011', 'Ferber et al. 2011',
  'Ferber R, Kendall KD, Farr L. Changes in knee biomechanics after a hip-abductor strengthening protocol for runners with patellofemoral pain syndrome. J Athl Train 2011;46(2):142–149.',
  'Cohort study: 15 runners with patellofemoral pain followed through a 3-week hip abductor strengthening programme, compared with 10 control runners.',
  NULL, NULL, 17);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'ferber-2015', 'Ferber et al. 2015',
  'Ferber R, Bolgla L, Earl-Boehm JE, Emery C, Hamstra-Wright K. Strengthening of the hip and core versus knee muscles for the treatment of patellofemoral pain: a multicenter randomized controlled trial. J Athl Train 2015;50(4):366–377.',
  'Multicentre randomised controlled trial: 199 people with patellofemoral pain (not only runners) given 6 weeks of either hip-and-core or knee strengthening.',
  '10.4085/1062-6050-49.3.70', 'https://doi.org/10.4085/1062-6050-49.3.70', 18);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'esculier-2018', 'Esculier et al. 2018',
  'Esculier J-F, et al. Is combining gait retraining or an exercise programme with education better than education alone in treating runners with patellofemoral pain? Br J Sports Med 2018;52(10):659–666.',
  'Randomised trial: 69 runners with patellofemoral pain given 8 weeks of education alone, education plus exercises, or education plus gait retraining.',
  '10.1136/bjsports-2016-096988', 'https://doi.org/10.1136/bjsports-2016-096988', 19);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'hamilton-2015', 'Hamilton et al. 2015',
  'Hamilton B, et al. Classification and grading of muscle injuries: a narrative review. Br J Sports Med 2015;49(5):306.',
  'Narrative review of the systems used to classify and grade muscle injuries; finds that they rest largely on expert opinion.',
  NULL, NULL, 20);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'lee-healy-strain-grades', 'Lee & Healy strain grades',
  'Lee and Healy clinical grading of muscle strains (grades I–III), as summarised on medicalalgorithms.com.',
  'Clinical grading convention summarised on an online clinical reference site; expert opinion, not a study.',
  NULL, NULL, 21);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'serner-2018', 'Serner et al. 2018',
  'Serner A, et al. Characteristics of acute groin injuries in the hip flexor muscles – a detailed MRI study in athletes. Scand J Med Sci Sports 2018;28(2):677–685.',
  'Case series: detailed MRI description of 33 acute hip flexor injuries in athletes with groin injuries; no comparison group.',
  NULL, NULL, 22);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'garry-2019', 'Garry 2019 (Medscape)',
  'Garry. Iliopsoas tendinopathy. Medscape Reference (online clinical reference); 2019.',
  'Online clinical reference article for clinicians; an expert summary, not a study.',
  NULL, NULL, 23);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'weir-2015', 'Weir et al. 2015 (Doha agreement)',
  'Weir A, et al. Doha agreement meeting on terminology and definitions in groin pain in athletes. Br J Sports Med 2015;49(12):768–774.',
  'Consensus statement from an international expert meeting that agreed common terms and definitions for groin pain in athletes.',
  '10.1136/bjsports-2015-094869', 'https://doi.org/10.1136/bjsports-2015-094869', 24);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'clinic-return-times', 'Clinic return-to-running pages',
  'Physiotherapy clinic and patient-information web pages on recovery from hip flexor strain (including emedx.com).',
  'Not research: clinic and patient-information web pages giving typical recovery times, with no data shown behind the figures; low quality.',
  NULL, NULL, 25);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'silbernagel-2007', 'Silbernagel et al. 2007',
  'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. Am J Sports Med 2007;35(6):897–906.',
  'Randomised controlled trial in patients with Achilles tendinopathy, testing continued sports activity guided by pain limits; not studied in hip problems.',
  '10.1177/0363546506298279', 'https://doi.org/10.1177/0363546506298279', 26);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'singh-gponline', 'Singh (GPonline)',
  'Singh P. Hip pain in adults – red flag symptoms. GPonline (online clinical guidance for general practitioners).',
  'Clinical guidance article for general practitioners listing red-flag symptoms in adult hip pain; expert opinion.',
  NULL, NULL, 27);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'robertson-wood-2017', 'Robertson & Wood 2017',
  'Robertson GA, Wood AM. Femoral neck stress fractures in sport: a current concepts review. Sports Med Int Open 2017;1(2):E58–E68.',
  'Narrative (current concepts) review of femoral neck stress fractures in sport: how common they are, symptoms, imaging, treatment and outcomes.',
  '10.1055/s-0043-103946', 'https://doi.org/10.1055/s-0043-103946', 28);
INSERT INTO source (slug, short_name, reference, study_design, doi, url, position) VALUES (
  'flinn-medscape', 'Flinn (Medscape)',
  'Flinn. Femoral neck stress fracture. Medscape Reference (online clinical reference).',
  'Online clinical reference article for clinicians; an expert summary, not a study.',
  NULL, NULL, 29);

-- Muscles (iliopsoas first, so its parts can refer to it)
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'iliopsoas', 'Iliopsoas', NULL, TRUE,
  'The iliopsoas is the strongest hip flexor. It is really two muscles, the iliacus and psoas major, which lie deep in the pelvis and abdomen and join into one tendon at the top of the thigh bone.',
  'Psoas major: the sides of the lower spine, from the vertebral bodies and discs of T12–L5 (and their transverse processes). Iliacus: the iliac fossa, the hollow inner surface of the pelvis.',
  'Both parts share one tendon that attaches to the lesser trochanter, a small bony point on the inner side of the upper thigh bone (femur).',
  'Psoas major: anterior rami of L1–L3 (lumbar plexus). Iliacus: femoral nerve (L2–L4).',
  'Flexes the hip, bringing the thigh forward and up. Psoas major also helps bend the lower spine forward and to the side. Some sources add that the iliopsoas helps turn the thigh outwards (lateral rotation); sources differ on this.',
  'Together with rectus femoris, the iliopsoas swings the thigh forward: it works from late stance, around toe-off, into early swing, and is almost silent in late swing while the hamstrings slow the lower leg. Its share of the work grows with speed: in a computer model of running (Dorn 2012) it became one of the main drivers of faster leg swing at sprint speeds. Timings of the phases are approximate and vary between runners and speeds.',
  'Sudden strains affect the iliacus part more often than the psoas: in an MRI study of 33 acute hip flexor injuries in athletes (Serner 2018), the iliacus was involved in 12 and the psoas in 7. Overuse can lead to iliopsoas tendinopathy: gradual pain at the front of the hip or groin, made worse by running (especially long, fast strides and hills), stairs, rising from a chair or putting on socks. Deep groin pain in a runner can also be a femoral neck stress fracture, which needs a clinician; see the red flags.',
  1);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'iliacus', 'Iliacus', (SELECT id FROM muscle WHERE slug = 'iliopsoas'), TRUE,
  'The iliacus is the fan-shaped part of the iliopsoas that lines the inside of the pelvis. It joins psoas major in a shared tendon and flexes the hip.',
  'The iliac fossa: the broad, hollow inner surface of the pelvic bone (ilium).',
  'The lesser trochanter of the thigh bone (femur), through the tendon it shares with psoas major.',
  'Femoral nerve (L2–L4).',
  'Flexes the hip, bringing the thigh forward and up.',
  'As part of the iliopsoas, it helps swing the thigh forward from around toe-off into early swing and is quiet in late swing. In Dorn 2012''s computer model, the iliopsoas as a whole became much more important at sprint speeds; the model did not separate the iliacus from the psoas. Timings are approximate.',
  'The second most often injured hip flexor in Serner 2018''s MRI study of athletes (12 of 33 acute hip flexor injuries), typically during a change of direction. It can also be involved in gradual front-of-hip pain from iliopsoas tendinopathy.',
  2);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'psoas-major', 'Psoas major', (SELECT id FROM muscle WHERE slug = 'iliopsoas'), TRUE,
  'Psoas major is the long part of the iliopsoas. It runs from the lower spine, down through the pelvis, to the top of the thigh bone, so it acts on both the hip and the lower back.',
  'The sides of the vertebral bodies and the discs between them from T12 to L5, and (in most descriptions) the transverse processes of the lumbar vertebrae.',
  'The lesser trochanter of the thigh bone (femur), through the tendon it shares with the iliacus.',
  'Anterior rami of L1–L3, from the lumbar plexus.',
  'Flexes the hip. Also helps bend the lower spine forward and to the side.',
  'As part of the iliopsoas, it helps swing the thigh forward from around toe-off into early swing and is quiet in late swing. In Dorn 2012''s computer model the iliopsoas mattered most at sprint speeds; the model treated iliacus and psoas together. Timings are approximate.',
  'Less often injured than the iliacus: involved in 7 of 33 acute hip flexor injuries in Serner 2018''s MRI study of athletes. Gradual pain from this area is usually described as iliopsoas tendinopathy.',
  3);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'rectus-femoris', 'Rectus femoris', NULL, TRUE,
  'Rectus femoris is the one quadriceps muscle that crosses both the hip and the knee. It straightens the knee and also flexes the hip.',
  'Two heads: the straight head from the anterior inferior iliac spine (AIIS), a bony point at the front of the pelvis; the reflected head from a groove just above the hip socket (acetabulum).',
  'Through the quadriceps tendon to the kneecap (patella), and on through the patellar ligament to the tibial tuberosity, the bump at the top of the shin.',
  'Femoral nerve (L2–L4).',
  'Straightens (extends) the knee and flexes the hip. It is the only part of the quadriceps that crosses the hip joint.',
  'Because it crosses two joints, it is active around toe-off as the thigh starts to swing forward, is almost silent in late swing, and becomes active again in early stance as the knee takes the landing. In Dorn 2012''s computer model it was not a major contributor to swinging the leg; the iliopsoas did more of that work. Timings are approximate.',
  'The hip flexor injured most often: involved in 16 of 33 acute hip flexor injuries in Serner 2018''s MRI study of athletes, usually during kicking or sprinting.',
  4);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'sartorius', 'Sartorius', NULL, TRUE,
  'Sartorius is a long, thin strap muscle that runs diagonally across the front of the thigh from the outer pelvis to the inner knee. It is the longest muscle in the body.',
  'The anterior superior iliac spine (ASIS), the bony point at the front of the pelvis, and the upper part of the notch just below it.',
  'The upper inner surface of the shin bone (tibia), at the pes anserinus, a shared attachment with two other tendons.',
  'Femoral nerve (L2–L3).',
  'Flexes, abducts (moves outwards) and laterally rotates the hip; also flexes the knee.',
  'A helper: it assists hip and knee flexion as the leg swings through. The running studies in this guide did not measure its contribution separately, so its exact role in the stride is not well described.',
  'Injured much less often than rectus femoris or iliacus: involved in 4 of 33 acute hip flexor injuries in Serner 2018''s MRI study of athletes.',
  5);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'tensor-fasciae-latae', 'Tensor fasciae latae', NULL, FALSE,
  'A small muscle at the front and side of the hip that feeds into the iliotibial band.',
  'The anterior superior iliac spine (ASIS) and the front of the iliac crest.',
  'The iliotibial tract (iliotibial band), which runs down the outside of the thigh to Gerdy''s tubercle on the outer shin bone.',
  'Superior gluteal nerve (L4–S1).',
  'Flexes, abducts and internally rotates the hip; helps steady the pelvis and knee.',
  'Helps steady the pelvis and knee and assists hip flexion; its timing in the stride is not covered by the sources in this guide.',
  'Rarely injured suddenly: 1 of 33 acute hip flexor injuries in Serner 2018''s MRI study of athletes.',
  6);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'pectineus', 'Pectineus', NULL, FALSE,
  'A short, flat muscle high in the inner groin that both draws the thigh inwards and flexes the hip.',
  'The pectineal line of the pubic bone.',
  'The pectineal line of the thigh bone (femur), just below the lesser trochanter.',
  'Femoral nerve; some sources say it can also receive a branch from the obturator nerve (sources differ).',
  'Adducts (draws inwards) and flexes the hip.',
  'Assists hip flexion; the sources in this guide do not describe its role in running separately.',
  'Not described separately in the injury studies used in this guide; pain here is usually assessed as part of groin pain.',
  7);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'adductor-longus', 'Adductor longus', NULL, FALSE,
  'One of the inner-thigh (adductor) muscles; it draws the thigh inwards and helps flex the hip.',
  'The front of the pubic bone.',
  'The linea aspera, a ridge down the back of the thigh bone (femur).',
  'Obturator nerve.',
  'Adducts (draws inwards) the thigh and assists hip flexion.',
  'The adductors are described as working hard as the leg starts its forward swing; timing is approximate.',
  'Adductor-related groin problems are common in kicking and turning sports. An adductor strengthening programme reduced groin problems in footballers (Harøy 2019); it has not been tested in runners.',
  8);
INSERT INTO muscle (slug, name, part_of_id, main, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'adductor-brevis', 'Adductor brevis', NULL, FALSE,
  'A shorter inner-thigh (adductor) muscle; it draws the thigh inwards and helps flex the hip.',
  'The pubic bone.',
  'The upper part of the linea aspera, on the back of the thigh bone (femur).',
  'Obturator nerve.',
  'Adducts (draws inwards) the thigh and assists hip flexion.',
  'Works with the other adductors as the leg starts its forward swing; timing is approximate.',
  'Usually considered together with the other adductors as part of groin pain; not described separately in the studies used here.',
  9);

INSERT INTO muscle_source (muscle_id, source_id) VALUES
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'weir-2015')),
  ((SELECT id FROM muscle WHERE slug = 'iliopsoas'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM muscle WHERE slug = 'iliacus'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'iliacus'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM muscle WHERE slug = 'iliacus'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM muscle WHERE slug = 'iliacus'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'iliacus'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM muscle WHERE slug = 'psoas-major'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'psoas-major'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM muscle WHERE slug = 'psoas-major'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM muscle WHERE slug = 'psoas-major'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'psoas-major'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM muscle WHERE slug = 'rectus-femoris'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'rectus-femoris'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM muscle WHERE slug = 'rectus-femoris'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM muscle WHERE slug = 'rectus-femoris'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'sartorius'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'sartorius'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM muscle WHERE slug = 'pectineus'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'adductor-longus'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'adductor-longus'), (SELECT id FROM source WHERE slug = 'haroy-2019')),
  ((SELECT id FROM muscle WHERE slug = 'adductor-brevis'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'adductor-brevis'), (SELECT id FROM source WHERE slug = 'haroy-2019'));

-- Guide pages
INSERT INTO guide_page (slug, title, summary, position) VALUES (
  'overview', 'The hip flexors',
  'What the hip flexors are, which muscles make up the group, and what they do in every running stride.', 1);
INSERT INTO guide_page (slug, title, summary, position) VALUES (
  'running', 'Why hip flexors matter for running',
  'What the hip flexors do for your stride, running economy and speed, and what the research does and does not show about strengthening them to run better or avoid injury.', 2);
INSERT INTO guide_page (slug, title, summary, position) VALUES (
  'injuries', 'Hip flexor injuries',
  'How hip flexor strains and iliopsoas tendinopathy happen, what they feel like, roughly how long recovery takes, and when to see a clinician.', 3);
INSERT INTO guide_page (slug, title, summary, position) VALUES (
  'red-flags', 'Red flags: when hip or groin pain needs a clinician',
  'Signs that hip or groin pain may be more than a muscle problem, including the warning signs of a femoral neck stress fracture, and what to do if you notice them.', 4);

-- Guide sections
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'overview'), 'what-they-are', 'What the hip flexors are',
  'The hip flexors are the muscles that bend your hip. They bring your thigh forward and up: when you climb a step, lift your knee, or swing your leg through in a running stride.

They are a group, not a single muscle. The largest is the iliopsoas, which is really two muscles, the iliacus and psoas major. They lie deep inside the pelvis and abdomen and share one tendon onto the top of the thigh bone. Rectus femoris (one of the four quadriceps muscles) and sartorius (the long strap across the front of the thigh) also flex the hip, and several smaller muscles help.

- Main hip flexors: iliopsoas (iliacus and psoas major), rectus femoris and sartorius
- Helpers: tensor fasciae latae, pectineus, adductor longus and adductor brevis

Each muscle has its own page, listed below: where it attaches, which nerve supplies it, what it does in the stride and how it tends to get hurt.',
  'MUSCLES', 1);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'overview'), 'running-stride', 'Their job in the running stride',
  'Each leg goes through the same cycle with every stride. In stance, the foot is on the ground and the body passes over it. In swing, the foot leaves the ground and travels forward to the next landing.

The hip flexors do most of their work around the change from stance to swing. As the foot leaves the ground, they pull the thigh forward and get the swing going. Later in the swing they go quiet, and the hamstrings take over to slow the lower leg before it lands. Rectus femoris, which also straightens the knee, switches on again as the foot lands.

How much the hip flexors matter depends on speed. At everyday running paces, most extra speed comes from pushing off harder through the calves. The hip flexors, and the iliopsoas in particular, come into their own at sprint speeds, when the limit is how fast you can swing your legs through (see Why hip flexors matter for running).

These timings are approximate. They describe typical patterns from laboratory studies and computer models, and they vary between runners and with speed.',
  NULL, 2);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'overview'), 'how-to-use-this-guide', 'How to use this guide',
  'Each page explains one topic in plain words. Whenever we say something about your health or your running, you will find it as a short statement followed by the evidence: which studies it comes from, what they actually found, and what kind of evidence it is.

We label each piece of evidence by the kind of study behind it:

- Review: a systematic review or meta-analysis that pools the results of several trials
- Randomised trial: people were put into groups by chance and compared
- Controlled study: a comparison group, but not chosen by chance
- Case series: a group of patients followed over time, with no comparison group
- Association: a one-off comparison showing that two things go together, not that one causes the other
- Model: a computer simulation of the body
- Expert opinion: narrative reviews, consensus statements, position stands, clinical convention and clinic information pages
- Reference text: standard anatomy textbooks

Reviews and randomised trials are the most reliable way to find out whether something works. Where popular articles go further than the research, we say so and show what the studies found.

This guide is general information for runners. It cannot diagnose your pain or replace an examination. If you have pain that worries you, or any of the red flags, see a doctor or physiotherapist.',
  NULL, 3);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'running'), 'stride-mechanics', 'Stride mechanics',
  'Every stride needs the thigh to be swung forward from behind the body, and the hip flexors supply much of that swing. So it seems natural to expect stronger hip flexors to give a better stride.

That idea is reasonable, but it has not been tested directly. The closest study strengthened other hip muscles and then looked at how people ran: they got stronger, but they ran the same way. Strength work may still be worth doing for other reasons; just don''t expect it to change your running form on its own.',
  NULL, 1);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'running'), 'running-economy', 'Running economy',
  'Running economy is how much oxygen, and so energy, you use to hold a given pace. Better economy means the same pace feels easier.

Strength training in general has good evidence for improving running economy. We found no study that tested hip flexor training on its own for this, and the studies popular articles quote for it could not be found. A sensible approach is to treat hip flexor exercises as one part of a broader strength routine, done about twice a week.',
  NULL, 2);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'running'), 'speed', 'Speed',
  'How you get faster depends on how fast you are already going. At training and racing paces for distance runners, you mainly speed up by pushing off harder and covering more ground with each stride. Close to a flat-out sprint, the limit becomes how quickly you can swing your legs through, and that is where the hip flexors matter most.

Training the hip flexors has improved sprint and agility times in people who were not already training. It has not been shown to make distance runners faster over longer races.',
  NULL, 3);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'running'), 'injury-prevention', 'Injury prevention',
  'Many runners hope that the right strength or stretching routine will keep them injury-free. The honest answer is that the evidence is mixed, and it is weaker for runners than for sport in general.

Across many sports, strength training looks more useful for preventing injuries than stretching does. In runners, prevention programmes have not yet shown a clear benefit, though supervised programmes that people kept up looked more promising. Stretching is still fine if it helps you feel loose and comfortable, and a short dynamic warm-up (easy jogging, leg swings, walking lunges) may help you feel ready to run. Just don''t rely on either as your main protection against injury.',
  NULL, 4);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'running'), 'knee-pain', 'Hip strength and knee pain: the ‘Stanford study’',
  'You may have read that a Stanford study showed runners with knee pain have weak hips, and that they got better after six weeks of hip strengthening. The study is real, but it is often retold as something it was not.

It looked at one particular knee problem, iliotibial band syndrome (pain on the outside of the knee), and at the muscles on the side of the hip (the abductors, mainly gluteus medius), not the hip flexors. It was also small and had no comparison group for the exercise programme, so it cannot tell us whether the exercises caused the recovery. A later study found no hip weakness in runners with the same problem.

For pain around the kneecap (patellofemoral pain, often called runner''s knee), the evidence is better. Hip and knee strengthening both help, and learning to manage your training load helped just as much in one trial. None of this research is about the hip flexors.',
  NULL, 5);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'injuries'), 'strains', 'Strains',
  'A strain is damage to the fibres of a muscle, or to the place where muscle joins tendon. Hip flexor strains usually happen suddenly, during a sprint, a kick or a quick change of direction, and are felt at the front of the hip or in the groin.

Clinicians often describe strains in three grades, from a few damaged fibres (grade I) to a complete tear (grade III). The grades are a rule of thumb based on clinical experience rather than a precise measurement. The table below gives the typical signs of each grade and a rough recovery time.

If you felt a pop and could not use the leg properly straight away, or you cannot walk normally, see a clinician promptly.',
  'STRAIN_GRADES', 1);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'injuries'), 'which-muscles', 'Which muscles get injured',
  'Not every hip flexor is injured equally often. In a detailed scan study of athletes with sudden groin injuries, rectus femoris and iliacus were hurt most often, and the way the injury happened tended to differ between the two.

The study looked at athletes in general rather than distance runners, so the exact numbers may not carry over to running. Sprinting, though, was one of the ways rectus femoris was injured.',
  NULL, 2);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'injuries'), 'tendinopathy', 'Iliopsoas tendinopathy',
  'Not all hip flexor pain comes from a sudden strain. Iliopsoas tendinopathy builds up gradually, usually when the tendon has been asked to do more than it is ready for.

You may see it called iliopsoas tendinitis. We say tendinopathy because tendon pain of this kind is not always caused by inflammation. Pain in the same place can also come from the bursa (a small fluid-filled cushion) next to the tendon, or be referred from another structure, which is one reason to have it assessed.

Typical features:

- Pain at the front of the hip or in the groin that came on gradually
- It may spread into the lower abdomen or down the front of the thigh
- It is worse with running (especially long, fast strides and hills), stairs, getting up from a chair or putting on socks
- There may be a click or snap deep in the hip, which is often painless on its own

Left alone, it tends to hurt first after running, then during running, and finally at rest. It is often recognised late, so persistent pain at the front of the hip is worth getting checked.',
  NULL, 3);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'injuries'), 'returning-to-running', 'Returning to running',
  'How long it takes to get back to running depends on the injury, how bad it is and how it is loaded while it heals. The recovery times you see quoted for strains come from clinic experience rather than research, so treat them as a rough guide, not a deadline.

What matters more than the calendar is how the hip behaves. Clinicians usually look for these before a full return:

- Pain has gone, or is at a level you can easily tolerate
- Movement, flexibility and strength are about the same as on the other side
- Running drills, such as strides and short hills, feel close to pain-free

Build back gradually, with easy running first and faster running last.

With a slowly developing tendon problem, some discomfort during rehabilitation can be acceptable if it stays moderate and settles by the next morning. That rule is not for suspected bone pain or stress fracture, and not for a fresh strain in its first few days.',
  NULL, 4);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'injuries'), 'see-a-clinician', 'When to see a clinician',
  'Many mild hip flexor strains settle with sensible changes to your training. See a doctor or physiotherapist if:

- you may have a grade II or III strain: pain when lifting the leg against resistance, weakness, a limp, pain on stairs or bruising
- you felt a pop and lost the use of the leg straight away
- the pain is not settling as you would expect, or keeps coming back
- the pain is deep in the groin and gets worse with each run, or hurts when you walk, at night, or when you hop on that leg
- you have any of the red flags

Deep groin pain in a runner is not always a muscle problem. A stress fracture of the hip (the femoral neck) can feel very like a strain and needs to be found early. The red flags page explains what to look out for.

A clinician can examine the hip, arrange a scan if needed and help you plan a safe return. This guide cannot diagnose your pain.',
  NULL, 5);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'red-flags'), 'red-flags', 'Red flags',
  'This guide is mostly about muscle and tendon problems. A few signs suggest that something else may be going on with your hip or groin, and these need a clinician to assess them.

If you have any of the signs below, stop running and contact your doctor. If the pain came on after a fall or other injury and you cannot put weight on the leg, or you feel very unwell, get urgent medical help.',
  'RED_FLAGS', 1);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'red-flags'), 'femoral-neck-stress-fracture', 'Femoral neck stress fracture',
  'The femoral neck is the short, angled part of the thigh bone just below the ball of the hip joint. Repeated loading from running can cause a stress fracture there. It is uncommon, but it matters: if it is missed and the bone keeps being loaded, the crack can shift out of place, which is a far more serious injury.

Stop running and get checked if you have deep groin pain that:

- gets worse run by run
- hurts when you walk, or at night
- hurts when you hop on that leg

This pain can feel just like a hip flexor strain, and even a clinician cannot reliably tell the two apart by examination alone. X-rays can look normal in the early stages, so a normal X-ray does not rule it out; an MRI scan may be needed.

Your risk is higher if:

- you have increased your training quickly
- you are not eating enough for the training you do (low energy availability)
- your periods have become irregular or stopped
- you have low bone density
- you have a low body weight (low BMI)',
  NULL, 2);
INSERT INTO guide_section (page_id, slug, heading, body, block, position) VALUES (
  (SELECT id FROM guide_page WHERE slug = 'red-flags'), 'what-to-do', 'What to do',
  'If you notice a red flag or the warning signs of a stress fracture:

- Stop running, and avoid anything that brings on the pain.
- Contact your doctor or a sports medicine clinician soon. Tell them you are a runner with groin or hip pain that gets worse with running.
- Mention any recent increase in training, any change in your periods, and any concerns about eating or weight.
- If you cannot put weight on the leg or the pain is severe, get urgent medical help.
- Don''t try to run through it, and don''t use pain-monitoring rules meant for tendon problems.

Finding a stress fracture early makes a real difference to recovery. A few days off to get checked costs far less than running on a fracture that has been missed.',
  NULL, 3);

-- Claims: what HipFlex says, what the studies found, and how strong the evidence is
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'hip-flexor-group',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'overview' AND s.slug = 'what-they-are'),
  NULL,
  'The main hip flexors are the iliopsoas (made up of the iliacus and psoas major), rectus femoris and sartorius. Tensor fasciae latae, pectineus, adductor longus and adductor brevis help.',
  'Standard anatomy: all of these muscles cross the front of the hip and can bend it. The iliopsoas is described as the strongest hip flexor. Textbooks differ on a few smaller points, such as whether the iliopsoas also helps turn the thigh outwards and which nerve supplies pectineus.',
  NULL,
  'REFERENCE_TEXT', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'thigh-swing-acceleration',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'overview' AND s.slug = 'running-stride'),
  NULL,
  'In running, the hip flexors, mainly the iliopsoas and rectus femoris, pull the thigh forward from the end of push-off into the early part of the swing.',
  'Described in Novacheck''s 1998 review of running biomechanics, which brings together gait-laboratory studies of joint movement, forces and muscle activity. The broad pattern is well established; the exact timing of each phase varies with speed and between runners, so the timings given here are approximate.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'quiet-in-late-swing',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'overview' AND s.slug = 'running-stride'),
  NULL,
  'Late in the swing the hip flexors are almost silent, while the hamstrings slow the lower leg before landing. Rectus femoris becomes active again in early stance, as the foot lands.',
  'From the same review of gait-laboratory work (Novacheck 1998). These are typical patterns seen in groups of runners; timing differs between individuals and speeds.',
  NULL,
  'EXPERT_OPINION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'stride-mechanics-not-shown',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'stride-mechanics'),
  NULL,
  'Stronger hip flexors giving a better, more efficient stride is a plausible idea, but it has not been shown directly. In a small trial, hip strengthening made runners stronger without changing how they ran.',
  'Willy & Davis 2011 randomised 20 healthy female runners whose hips moved markedly inwards when running: 10 did hip strengthening (abductors and outward rotators) 3 times a week for 6 weeks and 10 were controls. Hip strength rose, but hip and knee movement during running did not change; movement in a single-leg squat, which was also practised, did improve. The programme did not target the hip flexors, and no study found for this guide has measured whether hip flexor strength changes stride mechanics or energy use.',
  'Strong, supple hip flexors improve your stride mechanics and cut the energy you use to run.',
  'RANDOMISED_TRIAL', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'economy-general-strength',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'running-economy'),
  NULL,
  'We could not find any study showing that stronger hip flexors improve running economy. Strength training in general does improve it, so hip flexor exercises make sense as part of a wider strength routine.',
  'No Journal of Sports Sciences study linking hip flexor strength with running economy could be found, and we found no trial of hip flexor training that measured running economy. Blagrove et al. 2018, a systematic review, found that strength training improved running economy by about 2–8% in most included studies, with gains in time-trial performance too. Balsalobre-Fernández et al. 2016 pooled 5 studies in highly trained runners and reached a similar conclusion. These programmes trained the legs broadly, not the hip flexors on their own. The one hip flexor training study found (Deane 2005) measured sprint and agility, not economy.',
  'A study in the Journal of Sports Sciences showed that stronger hip flexors improve running economy.',
  'REVIEW', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'hip-strength-balance-association',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'running-economy'),
  NULL,
  'We could not find a 2018 Journal of Strength and Conditioning Research study on hip flexor strength and endurance. The closest one, published in 2018 in a different journal, found only that hip strength balance and running economy go together, which does not show that training the hip flexors helps.',
  'Silva et al. 2018 (PeerJ, not the Journal of Strength and Conditioning Research) measured hip flexor and extensor strength, and the balance between them, once in 39 recreational endurance runners (24 men, 15 women), and compared this with their running economy. It reports an association. A one-off comparison cannot show cause and effect, and nobody in the study was trained. We have not confirmed the direction and size of the association, so we do not quote figures.',
  'A 2018 study in the Journal of Strength and Conditioning Research linked hip flexor strength with endurance performance, so hip flexor training helps long-distance runners.',
  'ASSOCIATION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'strength-twice-a-week',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'running-economy'),
  NULL,
  'Two strength sessions a week (three at most) on non-consecutive days is a sensible target, with at least 48 hours between sessions that work the same muscles.',
  'Blagrove et al. 2018 recommend 2–3 strength sessions a week for distance runners, based on the programmes in their review. The American College of Sports Medicine position stand (Garber 2011) advises training each muscle group 2–3 days a week with at least 48 hours between sessions. These are recommendations drawn from research and expert judgement, not a dose proven to be best for runners.',
  NULL,
  'EXPERT_OPINION', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'speed-strategy-shift',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'speed'),
  NULL,
  'At everyday running speeds, you go faster mainly by pushing off harder through your calves. Near sprint speed, the hip flexors become much more important, because they swing the leg through faster.',
  'Dorn et al. 2012 used computer models of running at a range of speeds. Up to about 7 m/s (about 25 km/h), extra speed came mainly from the ankle plantarflexors (calf muscles), which lengthened the stride. Above that, the iliopsoas, gluteus maximus and hamstrings drove a faster leg swing and a higher stride rate. A model shows how muscles could contribute; it does not test what training does.',
  NULL,
  'MODEL', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'hip-flexor-training-sprint',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'speed'),
  NULL,
  'Hip flexor training improved sprint and agility times in active people who were not already training. It has not been shown to improve endurance or distance-race times.',
  'Deane et al. 2005: 24 physically active but untrained adults did 8 weeks of hip flexion resistance training and were compared with 24 controls. Hip flexion strength rose by 12.2%, 40-yard dash time fell by 3.8% and shuttle-run time by 9.0%. The study did not measure running economy or endurance and did not include trained runners, so the results may not carry over to distance running.',
  'Strong hip flexors make you faster and improve your endurance, by giving you quicker leg turnover and longer strides.',
  'CONTROLLED_STUDY', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'stretching-no-prevention',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'Stretching has not been shown to prevent injuries. Stretch if it helps you feel comfortable and move freely, and warm up because it may help you feel ready to run, not as injury protection.',
  'Lauersen et al. 2014 pooled 25 randomised trials of exercise to prevent sports injuries. Stretching made no measurable difference (risk ratio 0.963, 95% confidence interval 0.846–1.095, where 1 means no effect). The trials covered many sports, not only running. We found no good evidence that a warm-up on its own prevents running injuries.',
  'Stretching and a dynamic warm-up make your muscles less prone to injury.',
  'REVIEW', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'strength-training-fewer-injuries',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'Across sport in general, strength training programmes have been linked with fewer injuries, which is one good reason to keep strength work in your week.',
  'In the same meta-analysis (Lauersen 2014, 25 randomised trials), strength training cut injuries to about a third (risk ratio 0.315) and balance (proprioception) training to about a half (risk ratio 0.550). The trials covered many sports; in runners specifically, the results are less clear (see the next point).',
  NULL,
  'REVIEW', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'runner-programmes-no-clear-effect',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'In runners, exercise programmes to prevent injury have not shown a clear benefit so far. Supervised programmes, which people kept up better, looked more promising.',
  'Wu et al. 2024 pooled 9 randomised trials with 1,904 endurance runners and found no overall reduction in injuries. Supervised programmes had better compliance and a lower injury risk, but the evidence was rated low quality. In a separate randomised trial, Toresdahl et al. 2020 followed 720 first-time New York City marathon runners: a self-directed 10-minute programme for the quadriceps, hip abductors and core, 3 times a week for 12 weeks, did not reduce overuse injuries (risk ratio 0.97).',
  'Research consistently shows that strong, flexible hips reduce overuse injuries in runners.',
  'REVIEW', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'stretching-for-comfort',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'If you like to stretch, 2–3 days a week is enough to keep or improve range of motion: hold each stretch at a feeling of mild tightness for about 10–30 seconds and repeat it a few times.',
  'The ACSM position stand (Garber 2011) recommends flexibility exercise at least 2–3 days a week, holding each stretch for 10–30 seconds (30–60 seconds in older adults) to the point of mild tightness, 2–4 times, adding up to about 60 seconds per stretch. This guidance is about range of motion in healthy adults; it is not evidence that stretching prevents running injuries (Lauersen 2014).',
  NULL,
  'EXPERT_OPINION', 4);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'butterfly-stretch-adductors',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'The butterfly stretch mainly stretches the inner-thigh (adductor) muscles, not the hip flexors. To stretch the hip flexors, the thigh needs to move behind the body, as in a kneeling lunge stretch.',
  'Based on anatomy: the adductors run from the pubic bone to the thigh bone, so letting the knees fall apart lengthens them. In the butterfly position the hips are bent, which shortens the hip flexors rather than stretching them. A hip flexor is stretched by extending the hip, taking the thigh behind the body.',
  'The butterfly stretch is a good stretch for the hip flexors.',
  'REFERENCE_TEXT', 5);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'adductor-programme-football',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'injury-prevention'),
  NULL,
  'A short adductor strengthening programme (the Copenhagen adduction exercise) reduced groin problems in footballers. It has not been tested in runners, so for runners it is an optional extra.',
  'Harøy et al. 2019, a cluster-randomised trial in male football players: the proportion of players with groin problems was 13.5% in teams doing the programme and 21.3% in teams that did not. Football involves kicking and sharp turns that distance running does not, so the result may not apply to runners.',
  NULL,
  'RANDOMISED_TRIAL', 6);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'stanford-study',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'knee-pain'),
  NULL,
  'The Stanford study was about pain on the outside of the knee (iliotibial band syndrome) and the muscles on the side of the hip, not knee pain in general and not the hip flexors. It was small and had no comparison group for the exercises, so it cannot show that they caused the recovery.',
  'Fredericson et al. 2000, a case series at Stanford''s Runners'' Injury Clinic: 24 runners with iliotibial band syndrome (14 women, 10 men) were compared with 30 healthy Stanford cross-country and track runners. Hip abductor strength (torque as a percentage of body weight × height) was lower in the injured leg: women 7.82 injured leg vs 9.82 other leg vs 10.19 healthy runners; men 6.86 vs 8.62 vs 9.73 (all p<0.05). After a 6-week rehabilitation programme focused on gluteus medius, abductor strength rose, and most of the runners were reported to be pain-free by the end (an approximate figure). Without a comparison group, recovery with time and rest cannot be ruled out. Beers et al. 2008 ran a similar 6-week abductor programme in 16 patients, also without a comparison group.',
  'A Stanford study found that runners with knee pain had weaker hip muscles, and that they improved after a six-week hip strengthening programme.',
  'CASE_SERIES', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'itbs-weakness-disputed',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'knee-pain'),
  NULL,
  'Not every study finds weak hips in runners with iliotibial band syndrome, so hip weakness may not be its cause.',
  'Grau et al. 2008 compared hip abductor strength in 10 runners with iliotibial band syndrome and 10 healthy runners and found no difference. Both this study and the Stanford one are small, and a one-off comparison cannot show whether weakness comes before the pain or after it.',
  NULL,
  'ASSOCIATION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'pfp-hip-or-knee-exercise',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'knee-pain'),
  NULL,
  'For pain around the kneecap (patellofemoral pain, often called runner''s knee), both hip-and-core and knee strengthening programmes help. The hip programme eased pain about a week sooner.',
  'Ferber et al. 2015, a multicentre randomised trial: 199 people with patellofemoral pain (not only runners) did 6 weeks of either hip-and-core or knee strengthening. Pain and function improved in both groups. In the hip group, pain fell about 1 week earlier, and hip abductor and extensor strength rose more. The trial is about hip strengthening in general, not the hip flexors.',
  NULL,
  'RANDOMISED_TRIAL', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'pfp-hip-programme-knee-mechanics',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'knee-pain'),
  NULL,
  'In runners with kneecap pain, a hip abductor strengthening programme eased pain, but it did not change how far the knee moved inwards while running.',
  'Ferber et al. 2011 followed 15 runners with patellofemoral pain through a 3-week hip abductor strengthening programme and compared them with 10 control runners. Strength rose, pain fell and stride-to-stride variability fell, but peak knee valgus (the knee moving inwards) did not change. The study was small and short.',
  NULL,
  'CONTROLLED_STUDY', 4);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'pfp-education-alone',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'running' AND s.slug = 'knee-pain'),
  NULL,
  'For runners with kneecap pain, learning how to manage training load worked as well as adding an exercise programme or changing running technique.',
  'Esculier et al. 2018 randomised 69 runners with patellofemoral pain to 8 weeks of education on managing training load alone, education plus exercises, or education plus gait retraining. All three groups improved by similar amounts.',
  NULL,
  'RANDOMISED_TRIAL', 5);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'strain-grades-convention',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'strains'),
  NULL,
  'Strains are usually graded I to III, from a few damaged fibres to a complete tear. The grades are a clinical rule of thumb, not a precise measurement.',
  'Hamilton et al. 2015, a narrative review of how muscle injuries are classified, found that the grading systems in use rest largely on expert opinion. The descriptions in our table follow the clinical grades described by Lee and Healy, as summarised on medicalalgorithms.com. The percentages of lost function are rough clinical estimates.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'hip-flexors-share-of-groin-injuries',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'which-muscles'),
  NULL,
  'About one in three sudden groin injuries in athletes involves the hip flexor muscles.',
  'Serner et al. 2018 used detailed MRI scans to describe acute groin injuries in athletes; injuries to the hip flexors made up about a third of them. The athletes were not specifically runners.',
  NULL,
  'CASE_SERIES', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'which-hip-flexors-injured',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'which-muscles'),
  NULL,
  'Rectus femoris and iliacus are the hip flexors injured most often. Rectus femoris injuries tended to happen when kicking or sprinting, iliacus injuries when changing direction.',
  'Of 33 acute hip flexor injuries in Serner et al. 2018, rectus femoris was involved in 16, iliacus in 12, psoas in 7, sartorius in 4 and tensor fasciae latae in 1 (these add up to more than 33 because some injuries involved more than one muscle). The study was small and described athletes rather than distance runners.',
  NULL,
  'CASE_SERIES', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'tendinopathy-not-tendinitis',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'tendinopathy'),
  NULL,
  'We call it tendinopathy rather than tendinitis, because this kind of tendon pain is not always caused by inflammation. Pain in the same area can also come from the nearby bursa or be referred from elsewhere.',
  'Clinical reviews (Medscape, Garry 2019) use the term iliopsoas tendinopathy; the older name, tendinitis, assumes inflammation that is not always present. Overuse is a common trigger, but similar pain can come from the iliopsoas bursa or be referred from other structures, so an assessment is worthwhile.',
  'Hip flexor tendinitis is inflammation of the tendons caused by overuse.',
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'tendinopathy-symptoms',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'tendinopathy'),
  NULL,
  'Iliopsoas tendinopathy usually causes gradual pain at the front of the hip or groin. Running (especially long, fast strides and uphill), stairs, rising from a chair and putting on socks tend to make it worse.',
  'Clinical descriptions (Garry 2019): the pain comes on without a clear injury, may spread into the lower abdomen or down the front of the thigh towards the knee, and tends to progress from pain after activity, to pain during it, to pain at rest. Kicking and inclines also aggravate it. There may be a snapping or clicking deep in the hip, which is often painless by itself. These descriptions come from clinical experience rather than research studies.',
  NULL,
  'EXPERT_OPINION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'doha-iliopsoas-groin-pain',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'tendinopathy'),
  NULL,
  'Clinicians call groin pain iliopsoas-related when it hurts to lift the leg against resistance, when the hip flexors are stretched, or both.',
  'This is the definition agreed at an international expert meeting in Doha on terms for groin pain in athletes (Weir et al. 2015). It is a consensus on labels, so that clinicians and researchers describe groin pain the same way; it is not a test to diagnose yourself with.',
  NULL,
  'EXPERT_OPINION', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'tendinopathy-diagnosis-delay',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'tendinopathy'),
  NULL,
  'Iliopsoas problems are often recognised late, so persistent pain at the front of the hip is worth having checked rather than waiting.',
  'Medscape (Garry 2019) reports that the time from first symptoms to diagnosis is often long, around 32–41 months in the figures it cites. These figures come from a clinical review, not from a study of runners.',
  NULL,
  'EXPERT_OPINION', 4);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'return-times-approximate',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'returning-to-running'),
  NULL,
  'Recovery times vary a lot. As a rough guide only: grade I about 1–3 weeks, grade II about 3–8 weeks (longer before fast running), grade III about 8–12 weeks or more, after a clinician''s assessment.',
  'These ranges come only from clinic and patient-information web pages, which show no data behind them; one such page says most hip flexor injuries return to sport in 4–6 weeks. No good-quality study of return times after hip flexor strains in runners was found, and the grades themselves rest on expert opinion (Hamilton 2015). Treat the ranges as approximate.',
  'Each grade of hip flexor strain heals in a set number of weeks.',
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'return-to-running-criteria',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'returning-to-running'),
  NULL,
  'Go by how the hip behaves, not the calendar. Return to full running when pain has gone or is easily tolerated, the hip moves and feels as strong as the other side, and running drills are close to pain-free.',
  'These are the return-to-play criteria in Medscape''s clinical review of iliopsoas tendinopathy (Garry 2019): pain-free or tolerable; range of motion, flexibility and strength similar to the other side; sport-specific drills near pain-free. They are clinical guidance and have not been tested in trials.',
  NULL,
  'EXPERT_OPINION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'pain-monitoring-model',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'returning-to-running'),
  NULL,
  'With a slowly developing tendon problem, you may be able to keep some activity going if pain stays at 5 out of 10 or below during and after it and has settled by the next morning. Don''t use this rule for suspected bone pain or stress fracture, or in the first days after a sudden strain.',
  'Silbernagel et al. 2007 used this pain-monitoring model in a randomised trial of continued sports activity during rehabilitation for Achilles tendinopathy: pain up to 5 on a 0–10 scale was allowed during activity and afterwards, as long as it had settled by the next morning. It was developed for the Achilles tendon, so using it for the hip is an extrapolation. It is not meant for bone pain, suspected stress fractures or fresh muscle strains.',
  NULL,
  'RANDOMISED_TRIAL', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'see-clinician-grade-2-3',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'injuries' AND s.slug = 'see-a-clinician'),
  NULL,
  'See a clinician if you may have a grade II or III strain, or if you felt a pop and lost the use of the leg straight away. A grade III injury can be a complete tear or an avulsion, where the tendon pulls off a piece of bone.',
  'This is clinical convention rather than tested advice. The clinic sources advise medical assessment for grade III injuries because of possible avulsion and the need for a surgical opinion; the grades themselves rest on expert opinion (Hamilton 2015). We also advise it for grade II, which involves a partial tear with weakness and a limp. GP guidance on hip pain (Singh, GPonline) lists sudden onset or injury and being unable to bear weight among the red flags.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'red-flag-list',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'red-flags'),
  NULL,
  'Some symptoms that come with hip or groin pain need a doctor''s assessment rather than self-management. They are listed below.',
  'The list follows GP guidance on red-flag symptoms in adult hip pain (Singh, GPonline), which lists signs that may point to a serious cause other than a muscle or tendon problem. We have added a pop with immediate loss of function, which can mean a grade III strain or avulsion, and the warning signs of a femoral neck stress fracture (Robertson & Wood 2017). A red flag is a reason to be checked, not a diagnosis.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'fnsf-in-runners',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'femoral-neck-stress-fracture'),
  NULL,
  'Femoral neck stress fractures are uncommon, but distance running is one of their main causes, and the usual symptom is groin pain that comes on with exercise.',
  'Robertson & Wood 2017, a current concepts review: femoral neck stress fractures make up about 3% of stress fractures in sport; marathon and long-distance running are the commonest causes; exercise-related groin pain is the most commonly reported symptom. The authors advise considering the diagnosis in every athlete with exercise-related hip pain.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'fnsf-mimics-strain',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'femoral-neck-stress-fracture'),
  NULL,
  'Deep groin pain can be a stress fracture rather than a muscle problem, and examination alone cannot reliably tell the two apart. Pain that worsens run by run, hurts when walking or at night, or hurts when hopping on that leg needs checking.',
  'Medscape (Flinn) describes deep, aching pain in the groin, hip or thigh that is felt first after runs, then during them and eventually when walking, often with a limp. Pain at the end of passive hip rotation is the most sensitive examination sign, but the fracture cannot be reliably told apart from a hip flexor strain by examination alone. Imaging is needed: X-ray first, then MRI (Robertson & Wood 2017).',
  'Groin pain in a runner is a strained or tight hip flexor that will settle with rest, stretching and strengthening.',
  'EXPERT_OPINION', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'fnsf-risk-factors',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'femoral-neck-stress-fracture'),
  NULL,
  'The risk is higher after a rapid increase in training, with low energy availability (not eating enough for your training), irregular or absent periods, low bone density or a low body weight.',
  'These risk factors come from the research on bone stress injuries, the female athlete triad and relative energy deficiency in sport (RED-S), as summarised in clinical reviews of stress fractures. They make a stress fracture more likely, but having none of them does not rule one out.',
  NULL,
  'EXPERT_OPINION', 3);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'fnsf-early-diagnosis',
  (SELECT s.id FROM guide_section s JOIN guide_page p ON p.id = s.page_id WHERE p.slug = 'red-flags' AND s.slug = 'what-to-do'),
  NULL,
  'Stop running and get checked promptly. A normal X-ray early on does not rule out a stress fracture, and finding it before the bone shifts out of place makes a big difference to recovery.',
  'Robertson & Wood 2017: delay in diagnosis is common and makes displacement of the fracture more likely, and sporting outcomes are much worse after a displaced fracture. X-ray is the first test and MRI the second, because X-rays can be normal in the early stages.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'iliopsoas-sprint-swing',
  NULL,
  (SELECT id FROM muscle WHERE slug = 'iliopsoas'),
  'The iliopsoas becomes one of the main drivers of leg swing at sprint speeds.',
  'In Dorn et al. 2012''s computer model, extra speed up to about 7 m/s came mainly from the calf muscles lengthening the stride; above that, the iliopsoas, together with gluteus maximus and the hamstrings, drove a faster leg swing and a higher stride rate. A model shows how muscles could contribute; it was not a training study.',
  NULL,
  'MODEL', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'rectus-femoris-swing-model',
  NULL,
  (SELECT id FROM muscle WHERE slug = 'rectus-femoris'),
  'Although rectus femoris crosses the hip and can flex it, it does less to swing the leg forward than you might expect.',
  'In Dorn et al. 2012''s modelling study of running at a range of speeds, rectus femoris was not a major contributor during the swing; the iliopsoas did more of that work. Model results are estimates of how muscles contribute, not direct measurements.',
  NULL,
  'MODEL', 1);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'rectus-femoris-injuries',
  NULL,
  (SELECT id FROM muscle WHERE slug = 'rectus-femoris'),
  'Rectus femoris is the hip flexor injured most often, usually when kicking or sprinting.',
  'In Serner et al. 2018''s MRI study of 33 acute hip flexor injuries in athletes, rectus femoris was involved in 16. These injuries happened during kicking or sprinting. The athletes were not specifically runners.',
  NULL,
  'CASE_SERIES', 2);
INSERT INTO claim (slug, section_id, muscle_id, statement, finding, popular_claim, evidence_level, position) VALUES (
  'iliacus-injuries',
  NULL,
  (SELECT id FROM muscle WHERE slug = 'iliacus'),
  'The iliacus is the second most often injured hip flexor, typically during a change of direction.',
  'In Serner et al. 2018''s MRI study of 33 acute hip flexor injuries in athletes, the iliacus was involved in 12 and the psoas in 7. Iliacus injuries tended to happen during changes of direction. The athletes were not specifically runners.',
  NULL,
  'CASE_SERIES', 1);

INSERT INTO claim_source (claim_id, source_id) VALUES
  ((SELECT id FROM claim WHERE slug = 'hip-flexor-group'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM claim WHERE slug = 'thigh-swing-acceleration'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM claim WHERE slug = 'quiet-in-late-swing'), (SELECT id FROM source WHERE slug = 'novacheck-1998')),
  ((SELECT id FROM claim WHERE slug = 'stride-mechanics-not-shown'), (SELECT id FROM source WHERE slug = 'willy-davis-2011')),
  ((SELECT id FROM claim WHERE slug = 'economy-general-strength'), (SELECT id FROM source WHERE slug = 'blagrove-2018')),
  ((SELECT id FROM claim WHERE slug = 'economy-general-strength'), (SELECT id FROM source WHERE slug = 'balsalobre-fernandez-2016')),
  ((SELECT id FROM claim WHERE slug = 'economy-general-strength'), (SELECT id FROM source WHERE slug = 'deane-2005')),
  ((SELECT id FROM claim WHERE slug = 'hip-strength-balance-association'), (SELECT id FROM source WHERE slug = 'silva-2018')),
  ((SELECT id FROM claim WHERE slug = 'strength-twice-a-week'), (SELECT id FROM source WHERE slug = 'blagrove-2018')),
  ((SELECT id FROM claim WHERE slug = 'strength-twice-a-week'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM claim WHERE slug = 'speed-strategy-shift'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM claim WHERE slug = 'hip-flexor-training-sprint'), (SELECT id FROM source WHERE slug = 'deane-2005')),
  ((SELECT id FROM claim WHERE slug = 'stretching-no-prevention'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM claim WHERE slug = 'strength-training-fewer-injuries'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM claim WHERE slug = 'runner-programmes-no-clear-effect'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM claim WHERE slug = 'runner-programmes-no-clear-effect'), (SELECT id FROM source WHERE slug = 'toresdahl-2020')),
  ((SELECT id FROM claim WHERE slug = 'stretching-for-comfort'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM claim WHERE slug = 'stretching-for-comfort'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM claim WHERE slug = 'butterfly-stretch-adductors'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM claim WHERE slug = 'adductor-programme-football'), (SELECT id FROM source WHERE slug = 'haroy-2019')),
  ((SELECT id FROM claim WHERE slug = 'stanford-study'), (SELECT id FROM source WHERE slug = 'fredericson-2000')),
  ((SELECT id FROM claim WHERE slug = 'stanford-study'), (SELECT id FROM source WHERE slug = 'beers-2008')),
  ((SELECT id FROM claim WHERE slug = 'itbs-weakness-disputed'), (SELECT id FROM source WHERE slug = 'grau-2008')),
  ((SELECT id FROM claim WHERE slug = 'pfp-hip-or-knee-exercise'), (SELECT id FROM source WHERE slug = 'ferber-2015')),
  ((SELECT id FROM claim WHERE slug = 'pfp-hip-programme-knee-mechanics'), (SELECT id FROM source WHERE slug = 'ferber-2011')),
  ((SELECT id FROM claim WHERE slug = 'pfp-education-alone'), (SELECT id FROM source WHERE slug = 'esculier-2018')),
  ((SELECT id FROM claim WHERE slug = 'strain-grades-convention'), (SELECT id FROM source WHERE slug = 'hamilton-2015')),
  ((SELECT id FROM claim WHERE slug = 'strain-grades-convention'), (SELECT id FROM source WHERE slug = 'lee-healy-strain-grades')),
  ((SELECT id FROM claim WHERE slug = 'hip-flexors-share-of-groin-injuries'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM claim WHERE slug = 'which-hip-flexors-injured'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM claim WHERE slug = 'tendinopathy-not-tendinitis'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM claim WHERE slug = 'tendinopathy-symptoms'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM claim WHERE slug = 'doha-iliopsoas-groin-pain'), (SELECT id FROM source WHERE slug = 'weir-2015')),
  ((SELECT id FROM claim WHERE slug = 'tendinopathy-diagnosis-delay'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM claim WHERE slug = 'return-times-approximate'), (SELECT id FROM source WHERE slug = 'clinic-return-times')),
  ((SELECT id FROM claim WHERE slug = 'return-times-approximate'), (SELECT id FROM source WHERE slug = 'hamilton-2015')),
  ((SELECT id FROM claim WHERE slug = 'return-to-running-criteria'), (SELECT id FROM source WHERE slug = 'garry-2019')),
  ((SELECT id FROM claim WHERE slug = 'pain-monitoring-model'), (SELECT id FROM source WHERE slug = 'silbernagel-2007')),
  ((SELECT id FROM claim WHERE slug = 'see-clinician-grade-2-3'), (SELECT id FROM source WHERE slug = 'hamilton-2015')),
  ((SELECT id FROM claim WHERE slug = 'see-clinician-grade-2-3'), (SELECT id FROM source WHERE slug = 'clinic-return-times')),
  ((SELECT id FROM claim WHERE slug = 'see-clinician-grade-2-3'), (SELECT id FROM source WHERE slug = 'singh-gponline')),
  ((SELECT id FROM claim WHERE slug = 'red-flag-list'), (SELECT id FROM source WHERE slug = 'singh-gponline')),
  ((SELECT id FROM claim WHERE slug = 'red-flag-list'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM claim WHERE slug = 'red-flag-list'), (SELECT id FROM source WHERE slug = 'lee-healy-strain-grades')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-in-runners'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-mimics-strain'), (SELECT id FROM source WHERE slug = 'flinn-medscape')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-mimics-strain'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-risk-factors'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-risk-factors'), (SELECT id FROM source WHERE slug = 'flinn-medscape')),
  ((SELECT id FROM claim WHERE slug = 'fnsf-early-diagnosis'), (SELECT id FROM source WHERE slug = 'robertson-wood-2017')),
  ((SELECT id FROM claim WHERE slug = 'iliopsoas-sprint-swing'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM claim WHERE slug = 'rectus-femoris-swing-model'), (SELECT id FROM source WHERE slug = 'dorn-2012')),
  ((SELECT id FROM claim WHERE slug = 'rectus-femoris-injuries'), (SELECT id FROM source WHERE slug = 'serner-2018')),
  ((SELECT id FROM claim WHERE slug = 'iliacus-injuries'), (SELECT id FROM source WHERE slug = 'serner-2018'));

-- Strain grades (approximate; grading rests on expert opinion)
INSERT INTO strain_grade (grade, damage, function_loss, signs, return_to_running) VALUES (
  1, 'A few muscle fibres are damaged; the muscle as a whole is intact.',
  'Roughly under 5% loss of function',
  'Tightness or soreness at the front of the hip or in the groin, little or no swelling and little loss of strength. Walking is usually normal.',
  'About 1–3 weeks');
INSERT INTO strain_grade (grade, damage, function_loss, signs, return_to_running) VALUES (
  2, 'A partial tear: more fibres are torn, but the muscle is not torn through.',
  'Roughly 5–50% loss of function',
  'Pain when lifting the leg against resistance and when the muscle is stretched, clear weakness, sometimes swelling or bruising, a limp, and pain on stairs.',
  'About 3–8 weeks, longer before fast running');
INSERT INTO strain_grade (grade, damage, function_loss, signs, return_to_running) VALUES (
  3, 'A complete tear of the muscle or tendon, or an avulsion (the tendon pulls off a piece of bone).',
  'Roughly over 50% loss of function',
  'Severe pain, sometimes a pop felt at the moment of injury, marked weakness, sometimes a gap that can be felt in the muscle, and difficulty putting weight on the leg.',
  'About 8–12 weeks or more, after a clinician''s assessment');

-- Red flags
INSERT INTO red_flag (text, source_id, position) VALUES
  ('Pain that started suddenly, or after a fall, collision or other injury', (SELECT id FROM source WHERE slug = 'singh-gponline'), 1),
  ('Swelling of the hip or groin, or the leg looks deformed or out of shape', (SELECT id FROM source WHERE slug = 'singh-gponline'), 2),
  ('You cannot put weight on the leg', (SELECT id FROM source WHERE slug = 'singh-gponline'), 3),
  ('A lump in the groin, or a lump that pulses', (SELECT id FROM source WHERE slug = 'singh-gponline'), 4),
  ('Pain at night', (SELECT id FROM source WHERE slug = 'singh-gponline'), 5),
  ('Fever', (SELECT id FROM source WHERE slug = 'singh-gponline'), 6),
  ('Night sweats, weight loss you cannot explain, or loss of appetite', (SELECT id FROM source WHERE slug = 'singh-gponline'), 7),
  ('A past history of cancer', (SELECT id FROM source WHERE slug = 'singh-gponline'), 8),
  ('Long-term use of steroid medicines', (SELECT id FROM source WHERE slug = 'singh-gponline'), 9),
  ('Weakness, numbness or tingling in the leg', (SELECT id FROM source WHERE slug = 'singh-gponline'), 10),
  ('Blood in your urine, vomiting or constipation along with the pain', (SELECT id FROM source WHERE slug = 'singh-gponline'), 11),
  ('Swelling of a testicle', (SELECT id FROM source WHERE slug = 'singh-gponline'), 12),
  ('A pop at the moment of injury followed straight away by loss of function, so you cannot use the leg properly (possible complete tear or avulsion)', (SELECT id FROM source WHERE slug = 'lee-healy-strain-grades'), 13),
  ('Deep groin pain that gets worse run by run, hurts when you walk or at night, or hurts when you hop on that leg: stop running and get checked for a femoral neck stress fracture', (SELECT id FROM source WHERE slug = 'robertson-wood-2017'), 14);
