-- HipFlex exercise library, routines and the recommended week. Plain SQL for both H2 2.x and
-- PostgreSQL 15. Ids come from the identity columns; rows refer to each other through slug subqueries.
-- Doses are conventions within the ACSM ranges (Garber 2011), so every dose is marked EXPERT_OPINION.


-- Muscles that are not hip flexors, so that exercises can link them
INSERT INTO muscle (slug, name, part_of_id, main, hip_flexor, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'gluteus-maximus', 'Gluteus maximus', NULL, FALSE, FALSE,
  'The gluteus maximus is the large muscle of the buttock and the main extensor of the hip: it moves the thigh backwards, the opposite of a hip flexor. It is not a hip flexor; it appears in HipFlex because bridges, lunges and split squats here train it.',
  'The back of the pelvis: the outer surface of the ilium behind the posterior gluteal line, the back of the sacrum and coccyx, and the nearby ligaments and fascia.',
  'The gluteal tuberosity on the back of the upper thigh bone (femur) and the iliotibial tract (iliotibial band).',
  'Inferior gluteal nerve (L5–S2).',
  'Extends the hip (moves the thigh backwards, or straightens the body from a bent-forward position) and rotates the thigh outwards (lateral rotation). Its upper fibres help move the thigh out to the side.',
  'Roughly, it works from late swing into early stance: it helps slow the forward-swinging thigh, then extends the hip and steadies the pelvis and trunk as the foot lands. Timings are approximate.',
  'Not covered by HipFlex; see a clinician for pain here.',
  10);
INSERT INTO muscle (slug, name, part_of_id, main, hip_flexor, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'gluteus-medius', 'Gluteus medius', NULL, FALSE, FALSE,
  'The gluteus medius lies on the outer side of the hip, partly under the gluteus maximus. It moves the thigh out to the side and keeps the pelvis level when you stand on one leg. It is not a hip flexor; it appears in HipFlex because several exercises here train it.',
  'The outer surface of the ilium (the wing of the pelvic bone), between the anterior and posterior gluteal lines.',
  'The greater trochanter, the large bony point on the outer side of the upper thigh bone (femur).',
  'Superior gluteal nerve (L4–S1).',
  'Abducts the hip (moves the thigh out to the side); its front fibres also help turn the thigh inwards. Standing on one leg, it stops the pelvis from dropping on the other side.',
  'While one foot is on the ground, it holds the pelvis roughly level so the other side does not drop. The exact timing varies between runners and is approximate.',
  'Not covered by HipFlex; see a clinician for pain here.',
  11);
INSERT INTO muscle (slug, name, part_of_id, main, hip_flexor, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'hamstrings', 'Hamstrings', NULL, FALSE, FALSE,
  'The hamstrings are three muscles at the back of the thigh: biceps femoris, semitendinosus and semimembranosus. They bend the knee and extend the hip. They are not hip flexors; they appear in HipFlex because bridges and lunges here train them.',
  'The ischial tuberosity (the sit bone) for semitendinosus, semimembranosus and the long head of biceps femoris; the short head of biceps femoris starts on the linea aspera, a ridge on the back of the thigh bone.',
  'Biceps femoris: the head of the fibula on the outer side of the knee. Semitendinosus: the upper inner surface of the shin bone (tibia), at the pes anserinus. Semimembranosus: the back of the inner part of the top of the tibia.',
  'Sciatic nerve: its tibial part supplies most of the hamstrings; its common fibular (peroneal) part supplies the short head of biceps femoris.',
  'Flex (bend) the knee and extend the hip. The short head of biceps femoris crosses only the knee, so it does not act on the hip.',
  'In late swing they slow the lower leg as it swings forward, just before the foot lands, and they help extend the hip into stance. Timings are approximate.',
  'Not covered by HipFlex; see a clinician for pain here.',
  12);
INSERT INTO muscle (slug, name, part_of_id, main, hip_flexor, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'quadriceps', 'Quadriceps (vastus muscles)', NULL, FALSE, FALSE,
  'The three vastus muscles (vastus lateralis, vastus medialis and vastus intermedius) make up most of the front of the thigh and straighten the knee. They do not cross the hip, so they are not hip flexors; they appear in HipFlex because lunges and split squats here train them. Rectus femoris, the fourth part of the quadriceps, crosses the hip and has its own page.',
  'The thigh bone (femur). Vastus lateralis: the outer upper femur, around the greater trochanter and the outer lip of the linea aspera. Vastus medialis: the inner side of the femur along the linea aspera. Vastus intermedius: the front and outer surfaces of the shaft of the femur.',
  'Through the quadriceps tendon to the kneecap (patella), and on through the patellar ligament to the tibial tuberosity, the bump at the top of the shin.',
  'Femoral nerve (L2–L4).',
  'Extend (straighten) the knee. They do not act on the hip.',
  'From landing into mid-stance they control the bending knee as it takes your weight, then help straighten it as you move over the foot. Timings are approximate.',
  'Not covered by HipFlex; see a clinician for pain here.',
  13);
INSERT INTO muscle (slug, name, part_of_id, main, hip_flexor, summary, origin, insertion, nerve, actions, stride_role, injuries, position) VALUES (
  'abdominals', 'Abdominal muscles', NULL, FALSE, FALSE,
  'The abdominal muscles form the front and sides of the trunk: rectus abdominis down the front, and the external oblique, internal oblique and transversus abdominis at the sides. They are not hip flexors; they appear in HipFlex because several exercises here ask them to hold the trunk and pelvis steady.',
  'Rectus abdominis: the pubic crest and pubic symphysis at the front of the pelvis. The obliques and transversus abdominis: from the lower ribs, the iliac crest, the inguinal ligament and the thoracolumbar fascia of the lower back, each muscle from a different combination of these.',
  'Rectus abdominis: the cartilages of ribs 5–7 and the xiphoid process at the lower end of the breastbone. The obliques and transversus abdominis: the linea alba (the tendon down the middle of the abdomen), the pubis and, for the internal oblique, the lower ribs.',
  'Branches of the lower thoracic nerves (about T7–T12); the lowest parts of the obliques and transversus abdominis also receive branches from L1.',
  'Bend the trunk forward (rectus abdominis), rotate it and bend it to the side (the obliques), and compress the abdomen. Together they brace the trunk, which keeps the pelvis and lower back steady while the legs move.',
  'Roughly, they keep the trunk and pelvis steady against the pull of the swinging legs, and the obliques help control the twist of the trunk with each stride. This is approximate.',
  'Not covered by HipFlex; see a clinician for pain here.',
  14);

INSERT INTO muscle_source (muscle_id, source_id) VALUES
  ((SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'gluteus-medius'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'hamstrings'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'quadriceps'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e')),
  ((SELECT id FROM muscle WHERE slug = 'abdominals'), (SELECT id FROM source WHERE slug = 'openstax-anatomy-2e'));

-- Equipment
INSERT INTO equipment (slug, name, position) VALUES
  ('none', 'No equipment', 1),
  ('resistance-band', 'Resistance band', 2),
  ('ankle-weight', 'Ankle weight', 3),
  ('chair', 'Chair', 4),
  ('support', 'Wall, rail or chair to hold', 5),
  ('mat', 'Mat or cushion', 6),
  ('bench', 'Bench or step', 7),
  ('dumbbells', 'Dumbbells', 8);

-- Exercises: strength, then stretches, then warm-up
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'standing-hip-flexion', 'Standing hip flexion', 'STRENGTH',
  'Lifting one knee while you stand on the other leg works the main hip flexors directly: the iliopsoas and rectus femoris. Start with bodyweight and add a resistance band or ankle weight when it becomes easy.',
  2, 3, 10, 15, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', '2 seconds up, 3 seconds down',
  'Stand tall beside a wall, rail or chair and rest one hand on it lightly.
Shift your weight onto the leg nearest the support, keeping that knee soft.
Lift the other knee in front of you until the thigh is about level with your hip.
Pause for a moment at the top without leaning back.
Lower the leg slowly until the foot touches the floor lightly.
Do all the repetitions on one side, then turn round and repeat with the other leg.
When bodyweight feels easy, loop a light resistance band around both ankles or wear an ankle weight.',
  'Stand tall, as if a string is drawing the top of your head upwards
Keep the hand on the support light: it is there for balance, not to hold you up
Lift the knee to about hip height
Keep the pelvis level and both hips facing forwards
Lower more slowly than you lift',
  'Leaning the trunk back to get the knee higher
Hitching the hip on the lifting side up towards the ribs
Swinging the leg up with momentum instead of lifting it under control
Letting the leg drop instead of lowering it',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave out the added load and end-of-range holds until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Standing tall beside a chair with one hand on its back and a weight around the ankle, both feet on the floor; then the weighted leg’s knee is lifted until the thigh is level with the hip, and lowered again.',
  1);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'seated-knee-lift', 'Seated knee lift', 'STRENGTH',
  'A small, slow lift of one foot while you sit tall at the front of a chair. It works the hip flexors, mainly the iliopsoas, near the top of their range, and suits days when standing exercises are uncomfortable.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'Lift, hold 2–5 seconds at the top, then lower over about 2 seconds',
  'Sit tall on the front half of a sturdy chair, feet flat on the floor and hip-width apart.
Rest your hands lightly on your thighs or cross them over your chest.
Without leaning back, raise one knee so the foot lifts a few centimetres off the floor.
Hold for 2 to 5 seconds.
Lower the foot slowly to the floor.
Do all the repetitions on one side, then change legs.',
  'Sit tall at the front edge of the chair
Lift from the hip, so the knee rises straight up
A few centimetres of lift is enough
Keep breathing during the hold',
  'Leaning back to help the lift
Pushing on the thighs or the chair with your hands
Holding your breath',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Sitting tall at the front edge of a chair with both feet flat; then one foot is lifted a few centimetres off the floor by raising the knee, without leaning back.',
  2);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'straight-leg-raise', 'Straight-leg raise', 'STRENGTH',
  'Lying on your back, you lift one straight leg to the height of the other, bent knee. Rectus femoris and the iliopsoas do the lifting while the vastus muscles keep the knee straight.',
  2, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'About 2 seconds up, a short pause, 3 seconds down',
  'Lie on your back on a mat, one knee bent with the foot flat and the other leg straight.
Tighten the front of the straight leg’s thigh so the knee stays fully straight.
Lift the straight leg until it reaches the height of the bent knee.
Pause for a moment at the top.
Lower the leg slowly back to the mat.
Do all the repetitions, then change sides.',
  'Keep the other knee bent, which helps keep the lower back steady
Tighten the thigh so the knee stays straight the whole time
Lift only as high as the other knee
Lower more slowly than you lift',
  'Letting the lower back arch away from the mat
Kicking the leg up with momentum
Letting the knee bend during the lift
Dropping the leg back down',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, wait until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
If it strains your lower back, bend the lifting knee or leave it out
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Lying on the back with one knee bent and that foot flat, the other leg straight on the floor; then the straight leg is lifted, knee locked, until the foot is about as high as the bent knee.',
  3);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'banded-psoas-march', 'Banded lying psoas march', 'STRENGTH',
  'Lying on your back with hips and knees bent, you draw one knee towards your chest against a resistance band. It loads the iliopsoas near the top of its range while the abdominal muscles keep the lower back still.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'Knee in, hold 2 seconds, about 2 seconds back',
  'Lie on your back on a mat and loop a resistance band around both feet.
Lift your legs so your hips and knees are bent to about a right angle, shins parallel to the floor.
Press your lower back gently towards the mat.
Keeping one leg still, draw the other knee towards your chest against the band.
Hold for 2 seconds, then return slowly to the start.
Alternate legs, or do all the repetitions on one side and then change.',
  'Start with hips and knees at about a right angle
Keep the lower back flat and still
Move one knee and keep the other leg where it is
Move slowly and breathe out as the knee comes in',
  'The lower back lifting off the mat
Rushing through the repetitions
Letting the still leg drift away as the band pulls',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, wait until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Lying on the back with hips and knees bent to right angles, shins level and a band around both feet; then one knee is drawn towards the chest while the other leg pushes a little away against the band.',
  4);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'glute-bridge', 'Glute bridge', 'STRENGTH',
  'Lying on your back, you lift your hips until your body forms a straight line from shoulders to knees. It trains the back of the hip, mainly the gluteus maximus with help from the hamstrings. It does not train the hip flexors; it is here because the HipFlex routines work both the front and the back of the hip.',
  2, 3, 10, 15, NULL, NULL, NULL, NULL, FALSE,
  '2–3 times a week, at least 48 hours apart', 'About 2 seconds up, hold 2–3 seconds at the top, about 3 seconds down',
  'Lie on your back on a mat with knees bent, feet flat and hip-width apart, heels about a hand’s length from your bottom.
Rest your arms by your sides and let your ribs settle towards the mat.
Squeeze your buttocks and push through your heels to lift your hips.
Stop when your shoulders, hips and knees are in one straight line.
Hold for 2 to 3 seconds.
Lower slowly back to the mat.',
  'Keep the ribs down, so the lift comes from the hips and not the lower back
Squeeze the buttocks before and during the lift
Push through the heels
Aim for a straight line from shoulders through hips to knees
Keep the knees in line with the feet',
  'Arching the lower back at the top
Feet too far from the body, which often brings on hamstring cramp
Knees falling inwards
Rushing the lift and skipping the hold',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a hip flexor strain, stop the lift short of any pulling pain at the front of the hip
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Lying on the back with knees bent and feet flat; then the hips are pushed up until shoulders, hips and knees form one straight line.',
  5);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'marching-bridge', 'Marching bridge', 'STRENGTH',
  'From the top of a glute bridge, you lift one foot at a time while keeping the hips level. The supporting side’s gluteus maximus and hamstrings hold you up, and the lifting leg’s hip flexors bring the knee in, so it links the back and the front of the hip.',
  2, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'Lift each foot slowly and hold about 2 seconds',
  'Lie on your back on a mat with knees bent, feet flat and hip-width apart.
Lift into a glute bridge, so your shoulders, hips and knees form a straight line.
Keeping the hips high and level, lift one foot a few centimetres and bring that knee towards your chest.
Hold for about 2 seconds, then put the foot back down.
Repeat with the other leg, alternating sides.
Lower your hips slowly when the set is done.',
  'Keep the hips level as each foot lifts, as if balancing a glass of water on your belly
Push through the heel of the foot on the floor
Move slowly
Keep the ribs down',
  'Hips dropping or twisting towards the lifted leg
Arching the lower back to stay up
Rushing from side to side',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a hip flexor strain, stop the lift short of any pulling pain at the front of the hip
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Holding the top of a bridge with shoulders, hips and knees in line; then one knee is lifted towards the chest until the thigh is vertical while the hips stay level on the other leg.',
  6);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'single-leg-bridge', 'Single-leg bridge', 'STRENGTH',
  'A bridge on one leg, with the other leg lifted. It asks much more of the gluteus maximus and hamstrings on the working side, and of the muscles that keep the pelvis level.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'About 2 seconds up, hold 2 seconds, about 3 seconds down',
  'Lie on your back on a mat with knees bent, feet flat and hip-width apart.
Lift one foot and bring that knee up over the hip, or straighten that leg in line with the other thigh.
Push through the heel of the foot on the floor and lift your hips.
Stop when the shoulders, hips and working knee are in a straight line, with the hips level.
Hold for about 2 seconds, then lower slowly.
Do all the repetitions on one side, then change legs.',
  'Keep the hips level, with neither side dropping
Drive through the heel
Keep the ribs down and the lower back still
Keep the working knee in line with the foot',
  'The pelvis dropping or twisting towards the lifted leg
Arching the lower back
Kicking with the free leg to get up
The working foot too far away, which often brings on hamstring cramp',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a hip flexor strain, stop the lift short of any pulling pain at the front of the hip
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Lying on the back with one foot flat on the floor and the other leg held straight in line with its thigh; then the hips are lifted on the bent leg while the straight leg stays in line with the body.',
  7);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'split-squat', 'Split squat', 'STRENGTH',
  'A lunge with the feet staying in place: you lower and rise in a split stance. It trains the quadriceps and gluteus maximus of the front leg while the front of the back hip lengthens, and it is the easier starting point before lunges that step.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'About 2 seconds down, 2 seconds up',
  'Stand tall and take a long step forward with one foot, so you are in a split stance with the back heel lifted.
Hold a wall, rail or chair lightly if you need help with balance.
Bend both knees to lower your back knee towards the floor, keeping your trunk upright.
Go as low as is comfortable, aiming for the front thigh to be roughly level with the floor.
Push through the whole front foot to rise again, keeping your feet where they are.
Do all the repetitions, then change legs.',
  'Front knee in line with the second and third toes
Trunk upright, with most of the weight on the front foot
Back knee travels straight down towards the floor
Feet hip-width apart from side to side, as if standing on two rails rather than one',
  'Front knee caving inwards
Leaning far forward or collapsing to one side
A stance so short that the front heel lifts
Wobbling because the feet are in one line',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave lunges and split squats out until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
If it bothers your knees, lower only part of the way
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Standing tall in a split stance, one foot forward and the back heel raised; then the body lowers straight down, feet staying in place, until the back knee is just above the floor and the front knee is bent to a right angle.',
  8);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'forward-lunge', 'Forward lunge', 'STRENGTH',
  'You step forward into a lunge and push back to standing. It trains the quadriceps and gluteus maximus of the front leg, and the hip flexors lift the leg into each step.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'A controlled step, about 2 seconds down, then push back up',
  'Stand tall with your feet hip-width apart.
Take a long step forward with one foot.
Bend both knees to lower your back knee towards the floor, keeping your trunk upright.
Stop when the front thigh is about level with the floor, or higher if that is more comfortable.
Push firmly through the front foot to step back to standing.
Alternate legs, or do all the repetitions on one side and then change.',
  'Take a long enough step for both knees to bend to about a right angle
Front knee in line with the second and third toes
Trunk tall
Back knee heads down towards the floor
Push back through the whole front foot',
  'Front knee caving inwards
Trunk tipping forwards or sideways
A step so short that the front heel lifts
Wobbling as the foot lands',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave lunges out until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
If it bothers your knees, take a shallower lunge
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Standing tall with feet together; then one long step forward into a lunge, front knee bent to a right angle above the foot, back knee just above the floor and trunk upright.',
  9);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'reverse-lunge', 'Reverse lunge', 'STRENGTH',
  'A lunge in which you step backwards instead of forwards. Done slowly, and with dumbbells once bodyweight is easy, it trains the quadriceps and gluteus maximus of the front leg, and the back leg’s hip flexors bring it forward again to standing.',
  2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'About 3 seconds down, then push up',
  'Stand tall with your feet hip-width apart, holding a dumbbell in each hand if you are using load.
Take a long step backwards with one foot, landing on the ball of that foot.
Bend both knees to lower the back knee towards the floor, keeping most of your weight on the front foot.
Lower slowly, over about 3 seconds.
Push through the front foot and bring the back leg forward to standing.
Do all the repetitions on one side, then change legs.',
  'Step back far enough for both knees to bend to about a right angle
Keep most of the weight on the front foot
Front knee in line with the second and third toes
Trunk tall, with the dumbbells hanging still by your sides',
  'Stepping back in a narrow line and losing balance
Front knee caving inwards
Dropping quickly into the bottom position
Leaning forwards as you come up',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave lunges out until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
If it bothers your knees, take a shallower lunge
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Standing tall with feet together; then one leg steps back into a lunge, back knee just above the floor, front knee over the foot and trunk upright.',
  10);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'mountain-climbers', 'Mountain climbers', 'STRENGTH',
  'From a high plank, you drive your knees towards your chest one after the other. The hip flexors bring each knee in while the abdominal muscles and shoulders hold the plank steady.',
  3, 3, NULL, NULL, NULL, NULL, 20, 30, FALSE,
  '1–2 times a week', 'Steady and controlled; speed up only while the plank stays still',
  'Start in a high plank on a mat: hands under your shoulders, body in a straight line from head to heels.
Brace your trunk as if someone were about to nudge you.
Drive one knee towards your chest, then put that foot back.
Repeat with the other leg, alternating in a steady rhythm.
Keep going for the set time, then rest before the next set.',
  'Strong plank, with the hands under the shoulders
Hips level with the shoulders
Drive the knee forwards, not just the foot
Keep a rhythm you can control',
  'Hips piking up towards the ceiling
Hips sagging towards the floor
Hips bouncing from side to side
Going faster than you can control',
  'Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave this out until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
If your wrists or shoulders complain, put your hands on a bench or step
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common starting dose within the ACSM ranges for strength work (Garber 2011); it is a convention, not a prescription tested for this exercise.',
  'Holding a high plank with hands under the shoulders and body straight; then one knee is driven forward under the chest while the hips stay level, and the legs take turns.',
  11);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'copenhagen-adduction', 'Copenhagen adduction', 'STRENGTH',
  'A side plank with the top leg resting on a bench, so the inner-thigh (adductor) muscles help hold you up. It is an optional exercise for the groin: it reduced groin problems in a trial in footballers, but it has not been tested in runners.',
  2, 3, 3, 10, NULL, NULL, NULL, NULL, TRUE,
  '2–3 times a week, at least 48 hours apart', 'About 2 seconds up, 2 seconds down',
  'Lie on your side on a mat next to a bench or low step, propped on your forearm with the elbow under the shoulder.
Rest the inside of your top knee on the bench, with the lower leg on the floor (the short-lever version).
Press the top knee down into the bench and lift your hips until your body is in a straight line.
If you can, lift the lower leg up towards the bench.
Hold for a moment, then lower your hips slowly to the mat.
Do all the repetitions, then turn over and repeat on the other side.
Move on to the long-lever version, with the top foot on the bench, only once the short lever feels easy.',
  'Body in a straight line from the shoulders to the top knee
Elbow directly under the shoulder
Press the top leg down into the bench
Start with only a few repetitions',
  'Hips sagging towards the floor
Hips drifting back into a bend
Moving to the long lever too soon
Holding your breath',
  'Leave it out while you have groin or inner-thigh pain, or after a recent groin strain, unless a clinician has given it to you
The long lever puts a lot of load through the inner knee; stop if the knee hurts
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'Starting with 3–10 repetitions per side on the short lever is a convention within the ACSM ranges (Garber 2011); the exercise reduced groin problems in male footballers in the Harøy 2019 trial, but it has not been tested in runners.',
  'Seen from the front: lying on one side propped on the forearm, the top knee resting on a bench and the hips on the floor; then the body is lifted into a straight line from head to knee and the bottom leg is raised up to the underside of the bench.',
  12);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'kneeling-hip-flexor-stretch', 'Kneeling hip flexor stretch', 'STRETCH',
  'A half-kneeling stretch for the front of the hip of the kneeling leg, mainly the iliopsoas. Tucking the pelvis under matters more than how far you move forwards.',
  2, 4, NULL, NULL, 20, 30, NULL, NULL, TRUE,
  'After runs, or daily', NULL,
  'Kneel on one knee on a mat or cushion, with the other foot flat in front and both knees bent to about a right angle.
Bring your trunk up tall and rest your hands on your front thigh or your hips.
Tuck your tailbone under, as if tipping a bowl of water backwards, and squeeze the buttock of the kneeling leg.
Shift your hips forward a little until you feel a mild stretch at the front of the kneeling-side hip.
Hold for 20 to 30 seconds, breathing slowly.
For a little more stretch, reach the arm on the kneeling side up overhead.
Come out of the stretch slowly and change sides.',
  'Cushion the kneeling knee
Tuck the tailbone under before you move forwards
Squeeze the buttock of the kneeling leg
A small shift forwards is enough
Aim for mild tension, never pain',
  'Arching the lower back
Lunging too far forwards
Letting the pelvis turn to one side
Bouncing in and out of the stretch',
  'Not in the first days after a hip or groin strain, or while stretching the area is painful
After a moderate or severe (grade II or worse) strain, wait until walking and resisted hip flexion are pain-free before stretching to the end of the range; this is a clinical convention, not a tested rule
If kneeling hurts your knee, use the standing version
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'The holds follow the ACSM ranges for flexibility work (Garber 2011) and are a convention; stretching has not been shown to prevent injuries (Lauersen 2014), so it is here for comfort and range of motion.',
  'Half-kneeling with the back knee on a cushion and the front foot flat, front knee at a right angle and trunk upright; then the pelvis is tucked under and shifted slightly forward as the arm on the kneeling side reaches overhead, stretching the front of that hip.',
  13);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'standing-hip-flexor-stretch', 'Standing hip flexor stretch', 'STRETCH',
  'The same stretch as the kneeling version, done standing in a split stance. It suits anyone who finds kneeling uncomfortable and is easy to do straight after a run.',
  2, 4, NULL, NULL, 20, 30, NULL, NULL, TRUE,
  'After runs, or daily', NULL,
  'Stand with one foot a long step in front of the other, holding a wall, rail or chair if you like.
Lift the back heel and bend the back knee slightly.
Tuck your tailbone under and squeeze the buttock of the back leg.
Bend the front knee a little to ease your hips forward until you feel a mild stretch at the front of the back hip.
Hold for 20 to 30 seconds, breathing slowly.
Step your feet together and change sides.',
  'Tuck the tailbone under before you move forwards
Squeeze the buttock of the back leg
Keep the trunk upright
Aim for mild tension, never pain',
  'Arching the lower back
Leaning the trunk forwards
Letting the pelvis turn to one side
Bouncing in and out of the stretch',
  'Not in the first days after a hip or groin strain, or while stretching the area is painful
After a moderate or severe (grade II or worse) strain, wait until walking and resisted hip flexion are pain-free before stretching to the end of the range; this is a clinical convention, not a tested rule
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'The holds follow the ACSM ranges for flexibility work (Garber 2011) and are a convention; stretching has not been shown to prevent injuries (Lauersen 2014), so it is here for comfort and range of motion.',
  'Standing in a split stance with hands on a wall, back leg straight with the heel down and pelvis tucked under; then the body shifts slightly forward by bending the front knee, letting the back heel lift, to stretch the front of the back hip.',
  14);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'butterfly-stretch', 'Butterfly stretch', 'STRETCH',
  'A seated stretch with the soles of the feet together. It mostly stretches the adductors (inner thigh), not the hip flexors; it is included as a comfortable stretch for the groin area after running.',
  2, 4, NULL, NULL, 20, 30, NULL, NULL, FALSE,
  'After runs', NULL,
  'Sit tall on a mat or cushion and press the soles of your feet together, knees out to the sides.
Hold your ankles or feet, with your heels a comfortable distance from your body.
Let your knees sink towards the floor under their own weight.
Keeping your back long, lean forward a little from the hips until you feel a mild stretch in the inner thighs.
Hold for 20 to 30 seconds, breathing slowly.
Sit up slowly and straighten your legs.',
  'Sit tall; sitting on a cushion makes this easier
Lean from the hips rather than rounding the back
Let the knees fall; do not push them
Aim for mild tension, never pain',
  'Pressing the knees down with your hands or elbows
Rounding the back to get lower
Bouncing the knees',
  'Not while you have groin or inner-thigh pain, or in the first days after a groin strain
Stop if it causes pain in the knees or hips
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'The holds follow the ACSM ranges for flexibility work (Garber 2011) and are a convention; this stretch mostly reaches the adductors, and stretching has not been shown to prevent injuries (Lauersen 2014), so it is here for comfort and range of motion.',
  'Seen from the front: sitting tall with the soles of the feet together, knees out to the sides and hands holding the feet; then the trunk hinges forward from the hips with a long back and the knees sink lower, stretching the inner thighs.',
  15);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'easy-jog', 'Easy jog', 'WARM_UP',
  'Five to ten minutes of very easy running to start the warm-up. It raises your breathing and heart rate gradually before the drills and the run itself.',
  1, 1, NULL, NULL, NULL, NULL, 300, 600, FALSE,
  'Before every run', 'Very easy: you could talk in full sentences',
  'If you have been sitting for a long time, start with a minute or two of brisk walking.
Break into a very easy jog, slower than your usual easy pace.
Keep it easy enough that you could talk in full sentences.
Let your pace build a little over the last couple of minutes.
Go straight on to the leg swings and drills while you are warm.',
  'Slower than feels necessary at first
Relaxed shoulders and hands
Short, light steps',
  'Starting too fast
Stopping for a long time before the drills, so you cool down again',
  'If hip or groin pain builds as you warm up instead of easing, stop and do not run that day
Not in the first days after a hip or groin strain, or while the movement causes sharp pain
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common warm-up dose, in keeping with general exercise guidance (Garber 2011) but not a tested prescription; a warm-up may help you feel ready, but exercise programmes for runners have not been shown to prevent injuries overall (Wu 2024).',
  'A relaxed runner in mid-stance, one foot under the body and the other knee bent behind; then in flight with the swinging leg reaching forward and the arms moving in opposition, travelling forward.',
  16);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'leg-swings', 'Leg swings', 'WARM_UP',
  'Relaxed swings of one leg, first forwards and backwards and then across the body, while you hold on to something. They take the hip through its range of movement gently before you run.',
  1, 1, 10, 15, NULL, NULL, NULL, NULL, TRUE,
  'Before every run', 'Smooth and rhythmic, building the range gradually',
  'Stand side-on to a wall, rail or chair and hold it with one hand.
Swing the outside leg forwards and backwards like a pendulum, starting small.
Let each swing grow a little bigger, staying relaxed and in control.
After 10 to 15 swings, turn to face the support and hold it with both hands.
Swing the same leg across the front of your body and out to the side 10 to 15 times.
Repeat both directions with the other leg.',
  'Hold on to the support
Keep your trunk tall and still
Start small and build the range gradually
Let the leg swing rather than kicking it',
  'Flinging the leg to full range straight away
Arching the back as the leg swings behind you
Letting the trunk twist or rock with the leg',
  'If hip or groin pain builds as you warm up instead of easing, stop and do not run that day
Not in the first days after a hip or groin strain, or while the movement causes sharp pain
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common warm-up dose, in keeping with general exercise guidance (Garber 2011) but not a tested prescription; a warm-up may help you feel ready, but exercise programmes for runners have not been shown to prevent injuries overall (Wu 2024).',
  'Standing side-on holding a rail with the swinging leg behind the body; then the leg swings through and forward to about 50 degrees, back and forth under control.',
  17);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'walking-lunge', 'Walking lunge', 'WARM_UP',
  'Lunges done one after another as you walk forwards. In the warm-up they take the hips and knees through a bigger range than easy running does, without tiring you out.',
  1, 1, 10, 12, NULL, NULL, NULL, NULL, TRUE,
  'Before every run', 'Smooth and unhurried',
  'Find a clear, flat stretch of path, track or grass.
Stand tall, then take a long step forward and lower your back knee towards the ground.
Push through the front foot and bring the back leg through into the next long step.
Keep moving forwards, alternating legs.
Stop after 10 to 12 steps on each leg.',
  'Trunk tall
Front knee in line with the middle toes
A comfortable depth: this is a warm-up, not a workout
Let the arms swing naturally',
  'Front knee caving inwards
Steps so long that you wobble
Knocking the back knee on the ground
Leaning forwards',
  'If hip or groin pain builds as you warm up instead of easing, stop and do not run that day
Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave lunges out until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common warm-up dose, in keeping with general exercise guidance (Garber 2011) but not a tested prescription; a warm-up may help you feel ready, but exercise programmes for runners have not been shown to prevent injuries overall (Wu 2024).',
  'In a lunge with the back knee just above the floor; then the back leg is brought through and planted forward into the next lunge, so the body travels forward one step per lunge.',
  18);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'high-knees', 'High knees', 'WARM_UP',
  'A running drill of quick, light steps with the knees lifted higher than in normal running. It gets the hip flexors working at speed before a run.',
  2, 2, NULL, NULL, NULL, NULL, 20, 30, FALSE,
  'Before every run', 'Quick, light steps',
  'Stand tall on a flat surface with a little space in front of you.
Start jogging on the spot or moving slowly forwards.
Lift each knee towards hip height with quick, light steps on the balls of your feet.
Swing your arms in rhythm with your legs.
Keep going for 20 to 30 seconds, then walk to recover before the second set.',
  'Stay tall; do not lean back
Quick, light contacts with the ground
Knees up towards hip height
Relaxed shoulders',
  'Leaning back
Landing heavily
Knees sinking lower as you tire: end the set instead',
  'If hip or groin pain builds as you warm up instead of easing, stop and do not run that day
Not in the first days after a hip or groin strain, or while the movement causes sharp pain
After a moderate or severe (grade II or worse) strain, leave out fast drills until walking and resisted hip flexion are pain-free; this is a clinical convention, not a tested rule
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common warm-up dose, in keeping with general exercise guidance (Garber 2011) but not a tested prescription; a warm-up may help you feel ready, but exercise programmes for runners have not been shown to prevent injuries overall (Wu 2024).',
  'Jogging on the spot on the ball of one foot with the other knee lifted to hip height and the opposite arm forward; then the legs and arms swap quickly.',
  19);
INSERT INTO exercise (slug, name, type, summary, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, frequency, tempo, steps, cues, mistakes, cautions, dose_evidence_level, dose_note, illustration_alt, position) VALUES (
  'a-march', 'A-march', 'WARM_UP',
  'A marching drill in which each knee lifts to hip height and the foot lands under the body. It rehearses a tall posture and a quick knee lift before faster drills or a run.',
  2, 2, 8, 10, NULL, NULL, NULL, NULL, TRUE,
  'Before every run, or before faster sessions', 'Slow and deliberate',
  'Stand tall with some space in front of you.
Lift one knee to hip height, with the toes pulled up towards the shin.
Swing the opposite arm forwards as the knee rises.
Bring the foot down under your hips, landing on the ball of the foot, and step forwards.
Repeat with the other leg, marching forwards.
Walk back and repeat for the second set.',
  'Tall trunk
Knee to hip height, toes up
Opposite arm to opposite leg
Foot lands under the hip, not out in front',
  'Leaning back
Reaching the foot out in front
Rushing the rhythm',
  'If hip or groin pain builds as you warm up instead of easing, stop and do not run that day
Not in the first days after a hip or groin strain, or while the movement causes sharp pain
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg',
  'EXPERT_OPINION', 'A common warm-up dose, in keeping with general exercise guidance (Garber 2011) but not a tested prescription; a warm-up may help you feel ready, but exercise programmes for runners have not been shown to prevent injuries overall (Wu 2024).',
  'Marching tall on a straight standing leg, the other knee up to hip height with the toes pulled up and the opposite arm forward; then the sides switch.',
  20);

-- Muscles each exercise works
INSERT INTO exercise_muscle (exercise_id, muscle_id, role) VALUES
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM muscle WHERE slug = 'sartorius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM muscle WHERE slug = 'sartorius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM muscle WHERE slug = 'adductor-longus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM muscle WHERE slug = 'adductor-brevis'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM muscle WHERE slug = 'pectineus'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM muscle WHERE slug = 'adductor-longus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM muscle WHERE slug = 'adductor-brevis'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM muscle WHERE slug = 'pectineus'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM muscle WHERE slug = 'adductor-longus'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'quadriceps'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'hamstrings'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM muscle WHERE slug = 'tensor-fasciae-latae'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM muscle WHERE slug = 'iliopsoas'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM muscle WHERE slug = 'rectus-femoris'), 'PRIMARY'),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM muscle WHERE slug = 'gluteus-maximus'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM muscle WHERE slug = 'gluteus-medius'), 'SECONDARY'),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM muscle WHERE slug = 'abdominals'), 'SECONDARY');

-- Equipment each exercise uses (optional items included; none only when nothing is used)
INSERT INTO exercise_equipment (exercise_id, equipment_id) VALUES
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM equipment WHERE slug = 'support')),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM equipment WHERE slug = 'resistance-band')),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM equipment WHERE slug = 'ankle-weight')),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM equipment WHERE slug = 'chair')),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM equipment WHERE slug = 'ankle-weight')),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM equipment WHERE slug = 'ankle-weight')),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM equipment WHERE slug = 'resistance-band')),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM equipment WHERE slug = 'support')),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM equipment WHERE slug = 'none')),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM equipment WHERE slug = 'dumbbells')),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM equipment WHERE slug = 'bench')),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), (SELECT id FROM equipment WHERE slug = 'support')),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM equipment WHERE slug = 'mat')),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM equipment WHERE slug = 'none')),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM equipment WHERE slug = 'support')),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM equipment WHERE slug = 'none')),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM equipment WHERE slug = 'none')),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM equipment WHERE slug = 'none'));

-- Easier and harder versions
INSERT INTO exercise_variant (exercise_id, direction, description, variant_exercise_id, position) VALUES
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 'EASIER', 'Bodyweight only, with a lower lift and a firmer hold on the support', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 'EASIER', 'Seated knee lift, sitting at the front of a chair', (SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 2),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 'HARDER', 'A heavier band or ankle weight', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 'HARDER', 'A 3–5 second hold at the top', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 'HARDER', 'Start each lift with the foot a little behind you, and let go of the support', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 'EASIER', 'A lower lift and a shorter hold', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 'HARDER', 'Add an ankle weight', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 'HARDER', 'Hold for longer at the top', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 'HARDER', 'Standing hip flexion', (SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 3),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 'EASIER', 'Bent-knee raise: lift with the knee bent', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 'HARDER', 'Add an ankle weight', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 'HARDER', 'Pause for 2–3 seconds at the top', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 'EASIER', 'No band: just the slow knee drive', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 'EASIER', 'A smaller movement', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 'HARDER', 'A stronger band', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 'HARDER', 'Standing band march: the same knee drive standing up, with the band around the feet', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 'HARDER', 'Hanging knee raise from a bar, if your grip and shoulders allow', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), 'EASIER', 'A smaller lift', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), 'EASIER', 'Lift to a comfortable height and hold still for a few breaths instead of repeating', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), 'HARDER', 'Marching bridge', (SELECT id FROM exercise WHERE slug = 'marching-bridge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), 'HARDER', 'Single-leg bridge', (SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 2),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), 'HARDER', 'A resistance band just above the knees, pressing gently outwards', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), 'EASIER', 'Glute bridge, with both feet down', (SELECT id FROM exercise WHERE slug = 'glute-bridge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), 'EASIER', 'Lift only the heel, keeping the toes on the floor', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), 'HARDER', 'Single-leg bridge', (SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), 'HARDER', 'A resistance band just above the knees', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 'EASIER', 'Marching bridge', (SELECT id FROM exercise WHERE slug = 'marching-bridge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 'EASIER', 'Glute bridge', (SELECT id FROM exercise WHERE slug = 'glute-bridge'), 2),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 'HARDER', 'Shoulders on a bench or step, so the hips travel further (single-leg hip thrust)', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 'HARDER', 'Loaded hip thrust: both feet down, a weight resting across the hips', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), 'EASIER', 'Hold a rail or chair with both hands', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), 'EASIER', 'Lower only part of the way', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), 'HARDER', 'Forward lunge', (SELECT id FROM exercise WHERE slug = 'forward-lunge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), 'HARDER', 'Hold a dumbbell in each hand', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), 'HARDER', 'Rear-foot-elevated split squat, with the back foot on a bench', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'EASIER', 'Split squat: keep the feet in place', (SELECT id FROM exercise WHERE slug = 'split-squat'), 1),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'EASIER', 'Hold a rail or chair', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'EASIER', 'Lower only part of the way', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'HARDER', 'Reverse lunge', (SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 1),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'HARDER', 'Walking lunge', (SELECT id FROM exercise WHERE slug = 'walking-lunge'), 2),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), 'HARDER', 'Hold a dumbbell in each hand', NULL, 3),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 'EASIER', 'Bodyweight only', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 'EASIER', 'Forward lunge', (SELECT id FROM exercise WHERE slug = 'forward-lunge'), 2),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 'EASIER', 'Split squat', (SELECT id FROM exercise WHERE slug = 'split-squat'), 3),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 'HARDER', 'Heavier dumbbells', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 'HARDER', 'Rear-foot-elevated split squat, with the back foot on a bench', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), 'EASIER', 'Slow step-ins: bring one foot in, pause, and step it back', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), 'EASIER', 'Hands on a bench or step', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), 'HARDER', 'A faster tempo, keeping the plank still', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), 'EASIER', 'Keep the lower leg on the floor throughout', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), 'EASIER', 'Fewer repetitions, or a short hold at the top instead', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), 'HARDER', 'Long lever: the top foot or ankle on the bench, with the knee straight', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 'EASIER', 'Standing hip flexor stretch', (SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 1),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 'EASIER', 'A shorter stance', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 'HARDER', 'Reach the arm overhead and lean gently away from the stretched side', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 'HARDER', 'Back foot raised against a sofa or wall (often called the couch stretch), which adds rectus femoris', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'EASIER', 'A shorter stance and a smaller shift forwards', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'HARDER', 'Kneeling hip flexor stretch', (SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 1),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'HARDER', 'Reach the arm on the back-leg side up overhead', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), 'EASIER', 'Heels further from the body', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), 'EASIER', 'Sit on a cushion, or with your back against a wall', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), 'HARDER', 'Heels closer to the body', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), 'HARDER', 'Fold further forwards from the hips, keeping the back long', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), 'EASIER', 'Brisk walking, building to a jog', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), 'HARDER', 'Let the last minute build towards your usual easy pace', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), 'EASIER', 'Smaller swings', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), 'HARDER', 'Larger swings, still under control', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), 'HARDER', 'High knees', (SELECT id FROM exercise WHERE slug = 'high-knees'), 2),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), 'HARDER', 'A-march', (SELECT id FROM exercise WHERE slug = 'a-march'), 3),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), 'EASIER', 'Shallower lunges', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), 'EASIER', 'Forward lunge, stepping back to standing each time', (SELECT id FROM exercise WHERE slug = 'forward-lunge'), 2),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), 'HARDER', 'Add a gentle turn of the trunk towards the front leg', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), 'EASIER', 'A-march: the same knee lift at walking pace', (SELECT id FROM exercise WHERE slug = 'a-march'), 1),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), 'EASIER', 'Marching on the spot', NULL, 2),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), 'HARDER', 'Quicker steps while staying tall', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), 'EASIER', 'March on the spot, holding a support', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), 'HARDER', 'A-skip: the same pattern with a small skip', NULL, 1),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), 'HARDER', 'High knees', (SELECT id FROM exercise WHERE slug = 'high-knees'), 2);

-- Sources behind the dose and notes of each exercise
INSERT INTO exercise_source (exercise_id, source_id) VALUES
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'glute-bridge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'marching-bridge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'split-squat'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'forward-lunge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'reverse-lunge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'mountain-climbers'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), (SELECT id FROM source WHERE slug = 'haroy-2019')),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'easy-jog'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'leg-swings'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'walking-lunge'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'high-knees'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM exercise WHERE slug = 'a-march'), (SELECT id FROM source WHERE slug = 'wu-2024'));

-- Routines
INSERT INTO routine (slug, name, kind, summary, when_to_do, description, rules, evidence_level, position) VALUES (
  'dynamic-warm-up', 'Dynamic warm-up', 'WARM_UP',
  'Easy jogging followed by a few simple leg drills, before every run. It may help you feel loose and ready; it has not been shown to prevent injuries.',
  'Before every run, just before you set off.',
  'Start with 5 to 10 minutes of very easy jogging, then go through the drills in order while you are still warm. The drills take about 5 minutes. Move smoothly and build the range up gradually; none of it should hurt.

- Easy jog: 5 to 10 minutes, very easy
- Leg swings: 10 to 15 each way, on each leg
- Walking lunges: 10 to 12 on each leg
- High knees: 2 sets of 20 to 30 seconds
- A-march (optional): 2 sets of 8 to 10 on each leg

Does a warm-up prevent injuries? The evidence says probably not on its own. In a review of 25 trials across many sports, stretching did not reduce injuries (Lauersen 2014), and in a review of 9 trials in endurance runners, exercise programmes aimed at preventing injury did not reduce injuries overall (Wu 2024). A warm-up may still help you feel ready to run, and it gives you a moment to notice how your hips feel before you set off.

If hip or groin pain builds as you warm up instead of easing, do not run that day. Stop and see a clinician for any red flag.',
  NULL,
  'EXPERT_OPINION', 1);
INSERT INTO routine (slug, name, kind, summary, when_to_do, description, rules, evidence_level, position) VALUES (
  'post-run-stretches', 'Post-run stretches', 'STRETCH',
  'Two or three gentle stretches for the front of the hip and the inner thigh, for comfort and range of motion after a run. Stretching has not been shown to prevent injuries.',
  'After runs, or on separate days; on at least 2–3 days a week if you like stretching.',
  'Do these once you have cooled down a little, after a run or on any other day. Ease into each stretch until you feel mild tension, never pain, and breathe slowly while you hold it.

- Kneeling hip flexor stretch: 2 × 30 seconds on each side
- Butterfly stretch: 2 × 30 seconds
- Standing hip flexor stretch (optional, instead of or as well as the kneeling one): 2 × 30 seconds on each side

The butterfly stretch mostly stretches the adductors (inner thigh), not the hip flexors. It is included as a comfortable stretch for the groin area after running.

Why stretch, then? In a review of 25 trials, stretching did not reduce sports injuries (Lauersen 2014). Stretch because it feels good and helps you keep your range of motion, not to prevent injury. Two 30-second holds add up to about 60 seconds per stretch, in line with the ACSM guidance on flexibility (Garber 2011).

Skip a stretch if it hurts, and leave stretching out in the first days after a strain.',
  NULL,
  'EXPERT_OPINION', 2);
INSERT INTO routine (slug, name, kind, summary, when_to_do, description, rules, evidence_level, position) VALUES (
  'hip-strength-a', 'Hip strength A', 'STRENGTH',
  'A short strength session for the front and back of the hip: standing hip flexion, glute bridge, split squat, banded lying psoas march and seated knee lift.',
  'Twice a week (up to three times), on non-consecutive days at least 48 hours apart, and not the day before your long run. Do it after an easy run or on a day without running.',
  'Session A concentrates on lifting the knee against resistance and on the back of the hip. Do the exercises in order and rest for about a minute between sets. Choose the version of each exercise that leaves you able to do a few more good repetitions at the end of each set.

- Standing hip flexion: 2–3 sets of 10–15 on each side
- Glute bridge: 2–3 sets of 10–15
- Split squat: 2–3 sets of 8–12 on each side
- Banded lying psoas march: 2–3 sets of 8–12 on each side
- Seated knee lift: 2–3 sets of 8–12 on each side

A review of strength training in middle- and long-distance runners recommends 2 to 3 sessions a week; in most of the studies it reviewed, running economy improved (Blagrove 2018). The sets and repetitions here are common conventions within the ACSM ranges (Garber 2011), not a tested prescription.

Alternate it with Hip strength B during the week. Working muscles should feel tired, and some muscle ache the next day is common; sharp pain is not. Stop and see a clinician for any red flag.',
  NULL,
  'EXPERT_OPINION', 3);
INSERT INTO routine (slug, name, kind, summary, when_to_do, description, rules, evidence_level, position) VALUES (
  'hip-strength-b', 'Hip strength B', 'STRENGTH',
  'A second strength session with more single-leg and trunk work: forward lunge, marching bridge, straight-leg raise, mountain climbers and, if you want it, the Copenhagen adduction for the groin.',
  'Twice a week (up to three times), on non-consecutive days at least 48 hours apart, and not the day before your long run. Do it after an easy run or on a day without running.',
  'Session B asks more of your balance and trunk than session A: the lunge and marching bridge work one leg at a time, and mountain climbers drive the knees while you hold a plank. Do the exercises in order and rest for about a minute between sets.

- Forward lunge: 2–3 sets of 8–12 on each side
- Marching bridge: 2–3 sets of 8–10 on each side
- Straight-leg raise: 2–3 sets of 10–12 on each side
- Mountain climbers: 3 sets of 20–30 seconds
- Copenhagen adduction (optional): 2–3 sets of 3–10 on each side, starting with the short lever

A review of strength training in middle- and long-distance runners recommends 2 to 3 sessions a week; in most of the studies it reviewed, running economy improved (Blagrove 2018). The sets and repetitions here are common conventions within the ACSM ranges (Garber 2011), not a tested prescription.

The Copenhagen adduction is optional. An adductor programme built around it reduced groin problems in male footballers (Harøy 2019), but it has not been tested in runners. Leave it out if you have groin pain now.

Working muscles should feel tired, and some muscle ache the next day is common; sharp pain is not. Stop and see a clinician for any red flag.',
  NULL,
  'EXPERT_OPINION', 4);
INSERT INTO routine (slug, name, kind, summary, when_to_do, description, rules, evidence_level, position) VALUES (
  'six-week-hip-programme', 'Six-week progressive hip programme', 'PROGRAMME',
  'Six weeks of hip strength work in three two-week phases, building from bodyweight basics to heavier, slower and more running-like exercises, with 2–3 sessions a week.',
  '2–3 sessions a week on non-consecutive days, at least 48 hours apart and not the day before your long run. Keep your warm-up before runs and stretches after them as usual.',
  'The programme has three phases of two weeks each. First you learn the movements with bodyweight, then you add load and new exercises, and in the last two weeks you lift heavier and more slowly and add a running drill.

- Weeks 1–2, Foundation: 2 sessions a week of bodyweight exercises, 2 sets of 10–12, effort about 5–6 out of 10
- Weeks 3–4, Build: 2–3 sessions a week, 3 sets of 10–12, adding a band or ankle weight, lunges, a harder bridge and the straight-leg raise; effort about 6–7
- Weeks 5–6, Strength and transfer: 3 sets of 8–10 with heavier load, slow lowering, 3–5 second holds, reverse or walking lunges and the A-march drill; effort about 7–8

Effort is rated on a simple 0–10 scale, where 0 is resting and 10 is the hardest you could possibly work. As a rough guide, 5–6 feels moderately hard with several good repetitions left at the end of a set, and 7–8 feels hard, with only 2 or 3 left.

Why six weeks? Several studies of hip strengthening lasted six weeks: Fredericson 2000 (runners with iliotibial band syndrome, a case series), Ferber 2015 (people with patellofemoral pain, a randomised trial) and Willy & Davis 2011 (healthy female runners, a randomised trial). None of them tested this programme, and they mostly trained the hip abductors rather than the hip flexors. The exercises and doses here are conventions within the ACSM ranges (Garber 2011), and 2–3 sessions a week follows a review of strength training for distance runners (Blagrove 2018).

The progression rules use pain limits from a pain-monitoring model that was developed in a trial of continued activity in Achilles tendinopathy (Silbernagel 2007); using it for the hip is an extrapolation. It is not for suspected bone pain or stress fractures, or for fresh strains: in those cases stop and see a clinician.',
  'Change only one thing at a time: sets, repetitions, load, hold time or exercise.
Progress only if pain stayed at 5/10 or less during and after the sessions and had settled by the next morning (pain-monitoring model, Silbernagel 2007).
Progress only if next-morning pain and stiffness are no worse than the week before (a convention).
After a flare-up, go back one level and stay there until it settles.
Stop and see a clinician for any red flag, such as deep groin pain that worsens run by run, pain when walking or at night, or pain when hopping on that leg.
The pain limits are not for suspected bone pain, stress fractures or fresh strains: stop and get checked instead.
If you are racing at the end of week 6, cut the volume by about 30–50% that week (a convention, not a tested rule).',
  'EXPERT_OPINION', 5);

INSERT INTO routine_source (routine_id, source_id) VALUES
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), (SELECT id FROM source WHERE slug = 'wu-2024')),
  ((SELECT id FROM routine WHERE slug = 'post-run-stretches'), (SELECT id FROM source WHERE slug = 'lauersen-2014')),
  ((SELECT id FROM routine WHERE slug = 'post-run-stretches'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), (SELECT id FROM source WHERE slug = 'blagrove-2018')),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), (SELECT id FROM source WHERE slug = 'blagrove-2018')),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), (SELECT id FROM source WHERE slug = 'haroy-2019')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'garber-2011')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'blagrove-2018')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'silbernagel-2007')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'fredericson-2000')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'ferber-2015')),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT id FROM source WHERE slug = 'willy-davis-2011'));

-- The phases of the six-week programme
INSERT INTO routine_phase (routine_id, phase_number, name, first_week, last_week, sessions_per_week, effort_min, effort_max, notes) VALUES (
  (SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), 1, 'Foundation', 1, 2, '2', 5, 6,
  'Learn the movements with your own bodyweight. Two sessions a week of 2 sets of 10–12 repetitions, stopping each set with plenty left in reserve. The lying psoas march is done without a band for now.

Finish with the kneeling hip flexor stretch, 2 × 30 seconds on each side, if it feels good.');
INSERT INTO routine_phase (routine_id, phase_number, name, first_week, last_week, sessions_per_week, effort_min, effort_max, notes) VALUES (
  (SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), 2, 'Build', 3, 4, '2–3', 6, 7,
  'Add load and new exercises. Move to 3 sets of 10–12, put a light band or ankle weight on standing hip flexion, and bring in the forward lunge, a harder bridge and the straight-leg raise. A third session in the week is optional.

Add one change at a time, following the progression rules, and keep your post-run stretches going.');
INSERT INTO routine_phase (routine_id, phase_number, name, first_week, last_week, sessions_per_week, effort_min, effort_max, notes) VALUES (
  (SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), 3, 'Strength and transfer', 5, 6, '2–3', 7, 8,
  'Lift heavier and more slowly, and make the work more like running. Use 3 sets of 8–10 with a load that makes the last repetitions hard, lower slowly, and hold the top of standing hip flexion for 3–5 seconds. Swap the forward lunge for reverse or walking lunges and add the A-march drill.

If you are racing at the end of week 6, cut the volume by about 30–50% that week; this is a convention, not a tested rule.');

-- Routine entries: the exercises of each routine, in order, with the dose for that routine
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), NULL, (SELECT id FROM exercise WHERE slug = 'easy-jog'), 1, 1, 1, NULL, NULL, NULL, NULL, 300, 600, FALSE, 'Very easy; you could talk in full sentences'),
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), NULL, (SELECT id FROM exercise WHERE slug = 'leg-swings'), 2, 1, 1, 10, 15, NULL, NULL, NULL, NULL, TRUE, 'Forwards and backwards, then across the body: 10–15 each way'),
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), NULL, (SELECT id FROM exercise WHERE slug = 'walking-lunge'), 3, 1, 1, 10, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), NULL, (SELECT id FROM exercise WHERE slug = 'high-knees'), 4, 2, 2, NULL, NULL, NULL, NULL, 20, 30, FALSE, NULL),
  ((SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), NULL, (SELECT id FROM exercise WHERE slug = 'a-march'), 5, 2, 2, 8, 10, NULL, NULL, NULL, NULL, TRUE, 'Optional');
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'post-run-stretches'), NULL, (SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 1, 2, 2, NULL, NULL, 30, 30, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'post-run-stretches'), NULL, (SELECT id FROM exercise WHERE slug = 'butterfly-stretch'), 2, 2, 2, NULL, NULL, 30, 30, NULL, NULL, FALSE, 'Mostly stretches the adductors (inner thigh)'),
  ((SELECT id FROM routine WHERE slug = 'post-run-stretches'), NULL, (SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 3, 2, 2, NULL, NULL, 30, 30, NULL, NULL, TRUE, 'Optional: instead of, or as well as, the kneeling stretch');
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), NULL, (SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 1, 2, 3, 10, 15, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), NULL, (SELECT id FROM exercise WHERE slug = 'glute-bridge'), 2, 2, 3, 10, 15, NULL, NULL, NULL, NULL, FALSE, 'Hold 2–3 seconds at the top'),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), NULL, (SELECT id FROM exercise WHERE slug = 'split-squat'), 3, 2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), NULL, (SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 4, 2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-a'), NULL, (SELECT id FROM exercise WHERE slug = 'seated-knee-lift'), 5, 2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE, 'Hold 2–5 seconds at the top');
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), NULL, (SELECT id FROM exercise WHERE slug = 'forward-lunge'), 1, 2, 3, 8, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), NULL, (SELECT id FROM exercise WHERE slug = 'marching-bridge'), 2, 2, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), NULL, (SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 3, 2, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), NULL, (SELECT id FROM exercise WHERE slug = 'mountain-climbers'), 4, 3, 3, NULL, NULL, NULL, NULL, 20, 30, FALSE, NULL),
  ((SELECT id FROM routine WHERE slug = 'hip-strength-b'), NULL, (SELECT id FROM exercise WHERE slug = 'copenhagen-adduction'), 5, 2, 3, 3, 10, NULL, NULL, NULL, NULL, TRUE, 'Optional; start with the short lever (knee on the bench)');

-- Programme entries, per phase; positions run on across the phases
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 1), (SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 1, 2, 2, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'Bodyweight only'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 1), (SELECT id FROM exercise WHERE slug = 'glute-bridge'), 2, 2, 2, 10, 12, NULL, NULL, NULL, NULL, FALSE, 'Hold 2–3 seconds at the top'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 1), (SELECT id FROM exercise WHERE slug = 'split-squat'), 3, 2, 2, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'Bodyweight only'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 1), (SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 4, 2, 2, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'No band yet'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 1), (SELECT id FROM exercise WHERE slug = 'kneeling-hip-flexor-stretch'), 5, 2, 2, NULL, NULL, 30, 30, NULL, NULL, TRUE, 'Optional, at the end of the session');
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 2), (SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 6, 3, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'Add a band or ankle weight'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 2), (SELECT id FROM exercise WHERE slug = 'forward-lunge'), 7, 3, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 2), (SELECT id FROM exercise WHERE slug = 'marching-bridge'), 8, 3, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'Or the single-leg bridge if the marching bridge is easy'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 2), (SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 9, 3, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 2), (SELECT id FROM exercise WHERE slug = 'banded-psoas-march'), 10, 3, 3, 10, 12, NULL, NULL, NULL, NULL, TRUE, 'Now with a band');
INSERT INTO routine_entry (routine_id, phase_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, time_seconds_min, time_seconds_max, per_side, note) VALUES
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 3), (SELECT id FROM exercise WHERE slug = 'standing-hip-flexion'), 11, 3, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, '3–5 s hold at the top, slow lowering, heavier load'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 3), (SELECT id FROM exercise WHERE slug = 'reverse-lunge'), 12, 3, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, 'Or walking lunges; hold dumbbells if you have them'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 3), (SELECT id FROM exercise WHERE slug = 'single-leg-bridge'), 13, 3, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, NULL),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 3), (SELECT id FROM exercise WHERE slug = 'a-march'), 14, 3, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, 'A precise drill: tall and controlled rather than tiring'),
  ((SELECT id FROM routine WHERE slug = 'six-week-hip-programme'), (SELECT p.id FROM routine_phase p JOIN routine r ON r.id = p.routine_id WHERE r.slug = 'six-week-hip-programme' AND p.phase_number = 3), (SELECT id FROM exercise WHERE slug = 'straight-leg-raise'), 15, 3, 3, 8, 10, NULL, NULL, NULL, NULL, TRUE, 'Add an ankle weight and pause at the top');

-- The recommended week
INSERT INTO week_plan (slug, name, summary) VALUES (
  'recommended', 'Recommended week',
  'Two strength sessions on non-consecutive days, at least 48 hours apart and not the day before the long run: one on a day without running, one after an easy run. Warm up before every run and stretch afterwards if you like, and keep at least two full rest days. Move the days to fit your own running; the spacing matters more than the exact days.');
INSERT INTO week_plan_day (week_plan_id, day_of_week, run_day, note) VALUES
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 1, FALSE, 'Strength A. No run, or a very easy one'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 2, TRUE, 'Run: easy, or your harder session of the week'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 3, FALSE, 'Rest'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 4, TRUE, 'Easy run, then strength B'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 5, TRUE, 'Easy run, or rest if you need it'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 6, FALSE, 'Rest before the long run'),
  ((SELECT id FROM week_plan WHERE slug = 'recommended'), 7, TRUE, 'Long run');
INSERT INTO week_plan_item (week_plan_day_id, routine_id, slot, position) VALUES
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 1), (SELECT id FROM routine WHERE slug = 'hip-strength-a'), 'SESSION', 1),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 2), (SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), 'BEFORE_RUN', 1),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 2), (SELECT id FROM routine WHERE slug = 'post-run-stretches'), 'AFTER_RUN', 2),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 4), (SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), 'BEFORE_RUN', 1),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 4), (SELECT id FROM routine WHERE slug = 'hip-strength-b'), 'AFTER_RUN', 2),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 4), (SELECT id FROM routine WHERE slug = 'post-run-stretches'), 'AFTER_RUN', 3),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 5), (SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), 'BEFORE_RUN', 1),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 5), (SELECT id FROM routine WHERE slug = 'post-run-stretches'), 'AFTER_RUN', 2),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 7), (SELECT id FROM routine WHERE slug = 'dynamic-warm-up'), 'BEFORE_RUN', 1),
  ((SELECT d.id FROM week_plan_day d JOIN week_plan p ON p.id = d.week_plan_id WHERE p.slug = 'recommended' AND d.day_of_week = 7), (SELECT id FROM routine WHERE slug = 'post-run-stretches'), 'AFTER_RUN', 2);
