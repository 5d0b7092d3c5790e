"""Common chat words, most frequent first: how `normalise` re-splits letters typed with spaces between them.

"s e n d m e a p i c" collapses to "sendmeapic"; a shortest-cost split over these words gives back
"send me a pic". Built once from the hand-written seed corpus (words seen at least twice) plus the
shorthand table; frozen here because it is part of the featuriser fingerprint.
"""

_TEXT = """
you the i your a to it and ok my for in on is me at can its so lol ill im do mum dont just are that we of one
no have with like what if not this thats get be yes how got up tell from send she school want or thanks about
see was know now thank parents need but good too go youre said then come all when hi dad he were there after
her them ask did old really first will please they going our time well omg here out fine by could only keep
more says home next think us than say ive right wait everyone oh tho why bring hes back an same would love
where actually whats who make yeah maybe much way mine saturday as him look off number still give picture shes
new anyone done fre perfect take thing week dm honestly talk wont bit best haha some has nice work age better
cant id real cool hey post always does doing friends lets people phone something add anything chat great last
help sorry video day play stuff pick put should year before discord mums meet never tomorrow tonight photo
also game team club doesnt every sent use again because check show which cute email friday other room own
someone try weird youve been big group call even theres today didnt most his live name round theyre yay card
gets text through both feel might secret let mr youll coach saw thursday yet else private birthday form had
little park pm snapchat their already down friend shell stop idk near drop easier gg girls kinda literally
lmao over set alone ever fr made server very welcome bro coming money nobody nothing surprise theyll wear
being clas deal full night sounds top bad delete fair message morning sunday teacher thought app course lovely
mature mis whatsapp channel front getting instead sure together account anyway late start stay works addres
car half house idea leave ones till tuesday water wow bus exactly family find girl happy lot mention photos
true another between door each pictures brother end few hard hello library nah party re read robux staff told
usually wants youd any bed book btw buy face looking looks makes mate probably tbh turn voice whole ha kind
left mins pay practice sick spare telling thread under whos without yourself asking details hand kids lunch
move older parent place times young bag change goes making month red run save small two until weekend weeks
whatever wrong added am away blue clan everything grandad grown gues link long mean once ready talking walk
asked build close drive film gift hair needs online problem question reminder yo around biscuit dads forget
gate into join messages obviously plan remember sir sister sometimes sound st telegram understand watching ye
amazing bet enough homework lessons noo promise reading rp shop sort sweetheart though wednesday worry yours
cam days dinner funny grandma hear hell hour isnt knows les level list lots many match music natural part
person proper sat science sending serious shed sign took town training update went while art boyfriend
different early finish flat found fun gave hours later mates normal open page pretty quiet selfie share those
ugh uncle videos wearing yesterday aw brilliant dare easy either extra games hii keeps kid loads lost mrs
office playing posted proud rules side size slow summer teams these til trade train used using watch weve
years allowed beautiful board called choice comments cry dms fish forum hoodie ipad itll jealous least lift
listen luck minutes nervous ohh outside properly pyjamas random second site squad tea trip write basically
body castle cat clean consent favourite fell green helped instagram irl lesson line looked means mind must ngl
questions ring road saying sense session shirt sleep stream studio test um urself website window won adult
answer aww box cards code comes deserve drawing fake guys high hit hot location lose lucky maths monday mostly
ollie owe pe personal player practise public saturdays showed special stuck tank theyd things tickets trying
uniform white wonderful word xx adults ah arent asks auntie behind boys came camera camp care case centre
checks chill collect comment confirm dead deleted eat fan fast garden gone guy gym hands hang invite job joke
laptop loop moving myself nearly noah notice np paper pinned raid ride rule sam seriously sessions shorts
signed skin song star started tried trouble truth type ull username wanted wedding annoying boring boy break
cats ches cousin cracked dance driving dropping finally forgot goo hmm image insane kept kit lads light likes
lily lobby main map members mid middle moment numbers ofc ooh outfit paid pas past pizza pjs players posting
project purple queue quick rather reported role seem silly sit sleeping smart soo station street strict
support talent thinking thinks ticket treat uk working ahead bother brand brown calling cash challenge checked
children crazy downstairs ellie glad granny helping helps honest ice info leeds length mad medical mia note
picked point present priya rank row rude running screen shame sheet sleepover spot starts story sweet tag
talented talked teach teachers tutor wed win worries wouldnt achild ahh appointment asleep assistant bedroom
believe ben bio block booked bot bowling brave bridge broke chest city clearly clothes college copy corner
couple cream dragon due ethan everyones families far fit floor food football forms girlfriend glue goal google
gorgeous grab grade happens hay hold hotel hughes ignore inside jes jump kayla knew lake lava league learn
leisure maisie manchester may mirror missed mode mods noted nurse offer others password pen pocket postcode
pressure primary prize pro report riding section seen shoot stays such sus swimming switch tablet talks toast
track trial trust tuesdays urs van walking worked worried writing xbox yep absolutely academy accepted admin
alfie amara anymore artist babe bank beat busy bye cafe changes character chocolate christmas classroom click
colour comfy common contest cried dark daughter description desk dinosaur download draw dres dropped edit ella
ending energy especially evening facetime feels final finished fire focus forever fox fridge gp grades grandpa
guardian hamster happen happened holding hope hows hurt impressive joined june laugh laughed leader life lime
lines low man maureen min months nan nana netball nights nitro noob normally noticed oakfield ours packed
paragraph payment pink pool pop pres push rare rest review rings robot rough ruby sad saving scene season sees
shift short shout shows shut skip somewhere soon spanish stage step string strong swap swimsuit takes tall
term threads thursdays tilted tries turns unicorn upload usual visit waiting wall weekends whereabouts wish
worse wyd accept afternoon against agre alright arrive artists ava ball base based bigger blocked bonus books
borrow bra builds calls cannot charger chats cheers clever coins company confidential costume cover crying
curious date dear deleting dept describe dishwasher drama drink edge egg enter essay exams except expensive
explain faces faster fav fill filming fix fur gcse global gold golden gras guild happening hed huge ikr input
interested island jack jake joining kai kik kissed kitchen learning lego leo letter loved loves mark max
medium messaged model ms official often order otherwise pins planning potion prank progres prove rainbow reads
redstone reply roblox rotate rubbish schools sec seeing series shoes showing since skatepark slime socks solo
sorted spawn sponsor straight student students study swim tight tom totally touch tournament treats troop
twice unfair uploaded useful verification wasnt watched wednesdays winners worth youth above accounts adding
ago aim ajx annes anywhere appreciate aqa area arms awkward baby bake banana bars bath beach beginner bell
bestie booster boots bored bringing broken brothers brush building built cake catch chance channels chapter
charge charmander cheap cheese chloe cinema clips collab colours confirmed congratulations contact contract
cosplay couldnt counsellor count county creative creepy cringe cros cutie dan decide deserves dev die died dog
during enjoy ew exam farm feet fifa follow frost gallery gaming gems genuinely grace handle hat havent hbu
height heres hers hide higher history hook inkandowl iron jas jersey junior kill legend lengths licence lil
loud lying marys meant meeting mic minecraft minute mother museum names neon nibbles oops opening original
pancakes passes patel paying pencil phones piano picking piece pixelpals pony practising privately programme
puberty publicly puppy putting queen rain randoms rate raw relax reporting results rip riverside roof roster
roughly ruin runs rush saved scam scan screaming screenshot seconds shot shy single skate sky skype slightly
slip smash smth solid split spoil steam stick stitches stopp stranger strings stunning suggest super sword
texted thre tip turning typing uie upset useles uu vote war weight welfare wheel whenever wifi zip zoom act
ages album almost amazon amp announced answers anytime arbiter archive argument armour arrives ate audition
aunt aunty avatar badge ban banned bathroom bay bedtime besties bikini birmingham birth bite biting black
blazekid blocking booking bottle bottom breaks brutal builder buying calm canal caption cares carry carrying
casting caught changed charizard checking circle classic clear clip clothing clubs cmon coat collisions
comfortable community comp completely concert confident convo cookie cooking court credit creep crisps croydon
cube cut darling data definitely delivery dentist derby difference doctor doubles drag dressed drill drinks
effort elite ellas emailed emails english episode evenings ex excellent eyes facts fall falling fancy feed
feeding file finger fingers fixed fly fractions frame freak french freya fri fridays fus garage gary gc ghost
gives grandmas hana hannah harriet hasnt hate hawks head headset helper helpful hidden hiya hop impossible
inhaler jam jo joking juniors kicked kne knight knocked lad lan lazy legit lives living local logs losing
lower maggots market marks matter maya member meme messy method mines missing mock mod moderator mondays moved
national nearest negative none nope oakdale obby officer ohio olds oo pace painting parentmail pays pc pearls
penalty period pet pikachu platform played plays plenty plus pms policy portfolio potential potions pretend
professional profile provisional quite race racing railway reason recognise record reference registration
rehearsal rematch reps riley rob roleplay rota route safeguarding sale sarah saturn saves scammer scared scarf
scary scholarship scored scout seat seemed settings setup shading shall shapes shared ship shoe singing slides
smaller snacks social sometime sophie spam spend spent sponsored stairs stand starting stiff stres stressed
suit sundays sweetie tables talkitoutwithtia tent texts theme tiktok tone tray tre trousers tutorial ud uni
unles vc verify version village vs walks warm washing westfield wet wings wolves writers xxnovaxx younger zara
aboard acros advice aesthetic afterwards agency aisha algebra ambassador amelia amy andy angles angry animals
application approve approved arcade arm arrange arrangement ashby assembly attend august available awful
background backstage baking bandstand barely battle beats bella bends biggest bike binoculars bins bits blaze
bonito bos boxes brain bright budget bullied bunny bursary bush butter cage callum camper camping cancel caps
careful changing chapters characters charged chatting chem chicken childrens choose church clarke clipped
closed cloudy clutch coaches coaching coding coin cold cole collecting comic competition con confidence
controller copied couldve council counter country cousins creator crew crossing crown cupcakes damn darker
darren dates decent def default degrees deletes directly disappearing display distance distractions dobsonian
doll donate drew drops dry ducky dumb duo ear earlier easiest east easter editing edits eggs em embarrassed
embarrassing emergency empty entries entry es estate evans everywhere evie exceptions excited excuse
experience expires eye facebook falcon fanart favouritism fe feedback feeling felt fight filmed filters finds
float following foot forward foundation fountain friendship gifted gig giving glasses gnome goggles gran
grannys grim ground groups growing guilt hates having header healer heals heart hehe held helmet hill hitting
hola holds holes hoping horrible horses houses hr hrs icing immature important insurance int intro invited
itself jacket jk judge jumper kart kestrel key kickflip kiddo killed kingsbridge knees knightowl known lab
label lady lane lanterns lasagne layer lead leaders leah leaving leg leggings leotard liams liar lie lights
lincoln linked lions lists locker london los magic major makeup manage manager mango march marcus mario
matches maxed measurements mechanics media membership mentors messaging messed millbrook minibus mixed moat
mobile models moves mummys mute nanna neck neither neonfern nether nicely nightie nobodys north obvs offered
offering okafor opinion optional organiser ourselves oven overprotective pads pain papers para parking patient
pcs per pete photographer picks ping plain plans points poor popcorn positions possible poster posts pound
practised price printed prob pull pulling qa qt qualified quid quit rage raining ralts ranked reaching react
reaction records register regret relaxed reminders replying request reservoir reset retail revision rhys roach
rod roll rolling safe salty satisfying scouts screamed screenshotted scrim script selfies sensible separate
servers shaking shh shots shouldnt shouting sisters sitting sixth skating sm sock south space spain speak
speaker speaking speed spelling spiderverse spin spoiling spring stack stars starter statement staying strips
stupid style subs sucks sunny surgery suspicious swear syllabus sza table taking taught tbf teamapp technic
theo third throw thru thumb tick ticked tie tired tooth touches tour tower toys trading traffic trainers
trains transfer trash trick tricky tues tutors tv unreal updates user vent villa visitor volunteer wake
weekdays weigh wheres whether whose wild winner wire wise wobbly workshop world worst youtube able abt
accepting acces accurate ache acne acting activation adeyemi admins admissions adorable advance adventure
affects aha aime air airpods aligners allergic allergy allowance along amanda ambitious ammonia amount angel
ankle announce announcement annoyed anonymous anos answered anyones apple applied apply apprentice approach
arenabot arguing army ascent ashford asses assessment atm attacks attention attitude autocorrect automatically
awake ayy babyish babysit babysitter bacteria bailey balance bananas band banner bar bare barspinii bc bcuz
bday beers beg begging beginners below bend bens bexley bf bill binocularsii birch bites bitrate blackbird
blanket blazer blocks blow boats boiler bootcamp bots bought bounty bout boxers bracelets bracket brake bras
brb bread breakfast breaking brick bricks bridging bristol brookfield bruno buddy builders bumpers burden
busines button buzzes cabin campaign campers cancelled candy canva carpool cartwheels cast catalyst cb
celebrate cello chain chaos charity chart chemistry chilling chills choc closer closes closest closing clouds
clubhouse cobble codes collective columbus commenting committed complicated compliment composition
confirmation confusing cons consistent contacts content context conversation cookies copies cos costumes cosy
counts courier coursework covered cow coz cracking crash creators credits creeper crop crush ct cupboard
curtsey cuz daddy daddys daniel danny dans dave dawn dc de deadline decided deck dedication defence depth
destroyed developing development diagram diamond diamonds diary didcot director disappeared disappears disc
disco discordd disgusting distinction dob dodge dollars donation doors dormice dose dough dq dr draft dramatic
drawer duelist duet dvla dw dying dylan earn easily eating edexcel editor elastico electrical elm elmwood
elsewhere emailing emergencies emily en enchanted endgames ends entrance eoam ep episodes equations error
esports essayii evaporation eve event events exact example exciting expand explaining extraordinary ez facecam
fairy fans fantastic fare fat feature fee feelings fees fiddly field fifty films filter finance fingerpicking
finn fishing fits fitted fixtures flamingos fleece flexibility flies flip flips flowers fluffy flute fold
followed follower followers forehead four freedom frequent fresno friendly fringe frisbe frog frozen fruit
frustrating funnier further gain gala gaps gear gemma gently geography gf gimme ginger github giveaway gl glas
goalie goals godmother goldfish gonna goodnes gotta graham gram grandparent grans greenfield greenhouse
greenlight griefed grinding gros grounded growth gtg guapa guardians gymnastics gyms hahah hahaha haircut
halfway hall hamsters handed hardest hartley headlights headphones heal healing healthy heard heat heaven
heavy helpline hiding hilarious hinge histogram hog hole hollis holt homemade homeschooled honour horizon
horsefly hospital hug hugs hundreds hunt hut ia icon idc ideal ig ik improvement incredible independent
industrial insta instantly instructor interesting internet invisible invites inviting iogb iphone isla issue
itchy item jade jay jellycat jen jokes jordan jos josephs josh jpeg july jumps karen kaylas keeping kerb
ketchup kez khan kian killing kills king kk knit knitting knock labels lagging laggy lamp landed landline
language lantern launch law leading learned lecture legendary legends lend lent levels liam liches lifesaver
lifts lighthouse lighting lightning lightroom limited lion liquid listening litre lmk loading loan lobster
locations lock log logged login longer loose loot lounge lowe lowkey luca lucy ma macbeth maccies maddie
magician maid mall mam maple maps marked mashed massive material matters measure mee meets meetup mega memes
mentor menu merch mes met mgmt mi mice middlegame midfield midfielder milo minds minecoins mintkit mix mocks
modded mom mommy moms mon mood moon mornings msg msgs mummy mushrooms musical muted mvp nail named nanas nani
nannas nans native navy needed news newsletter nicer nicest nikki noodle nosy notifs nvm oak obs observing
obsessed obvious ocr offence okay okk olivia ooc oof op opens option options orchard ordered oscar otxx oxygen
pack package pages paints pair pairs palm pants paracetamol parentpay parkside parque parsnips particles
parties partys passed passwords pasta pastels path paypal pdfs peak peanut pellets penguin penguins penny
pequeno perch permission personally pets pfp pharmacist phew phil physiotherapist pic pickaxes picnic pics
pier pikeii pirate pix placement places plat playdate playlist pleasee pls plumber plummet plz pokemon pooping
poppy port portal positive potato power ppl priestley princes print privacy programmes programming promised
promo promoter pss pudding pueblo pump pupil pushing puts puzzles pva pygame qe qs quadratics quieter quote
raj ran rangers rbx rd realms reassuring rec receive reception recorded recording refund regional removing
rents repeat repeater req requests respawn respect result retake retired retractor returned revenge ria rider
ridgeway rink river rly rn roads robbed robuxx rocket rodrigo rooms rose rotas roundabouts rufus ruins runner
rushing ruth ryan sacrifice safer safety sails salad sami samples sauce savings sc schedule scheme scooter
scope scratch sealed secrets secure sell september setting shape sharing sharpnes shin shiny shipping shirtles
shirts shops shortlisted shoulders shower sides signal signing silver simple simultaneous sizes skateboard
skies skill skills skins skirt slabs slide smoke smoking smurfing snap snapchats snoop society sofa soft
software sold solve solved son sop sophies sophomore sova spaces spares speech spins spirit splits splitting
spoiled spoiler spoilers spoken spond sports sprinkles spruce spurt spy squirtle sry stacks standard state
static statue steve sticker stickers stitch stone store streak streamers streaming striker stronger structure
subtract sugar suite summery summon surprised survival swaps sweets swollen tabletop taken taller tame tanya
target tasha tasteful tease technique teddy teen teens teeth tele telescopes tells temperature tend tenner
terms terrible tests texting tg thatll theorems thomas throne thu thumbs thunderclan thurs thx tienes timezone
tiny tips tmr tmrw toastbear todays tonite tools total towards toy tracking trained traps travel trees tt tue
tumble turned twist ty tycoon types tysm uber uhh uias umm un underwear uno ups upside upstairs ur uve
valueerror vanish vapes var vase vbucks vbux venue verified vex vibe victoria vid vids violin visible visits
voices volcano volcanoes voucher wa waist wakes walkout walls wanna warehouse wars wash washed wat watches
watsapp wbu weirdo whatapp whatsap whatsup whisper whoever wholl wht willow willowcraft wing wiped wires woah
wood worm wrote wut wwi ya yard yea yellow yio youthclubmc yr yt yu zoe zone
"""
WORDS: tuple[str, ...] = tuple(_TEXT.split())
