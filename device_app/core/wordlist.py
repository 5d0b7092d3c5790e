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

# --- version 3 ---
# Featuriser version 3's segmentation vocabulary, most frequent first: the top English words of the
# `wordfreq` package (3.1, "en", letters only, apostrophes dropped; one-letter words only a/i/u/r and
# two-letter ones only from a list of real ones), with `WORDS` above ranked in at four times their rank
# and a few chat words (u, r, pic, nudes, irl, insta, ...) near the top. Frozen: part of the fingerprint.
_TEXT_V3 = """
the to and of a in i is for that you it on with this was be as are have at he not by but from my or we an your all
so his they me if one can will just like about up out what has when more do no were ok who had its their there her
which time get been would she new people how dont some also them now other im our than good only after first him
into know see two make over think any then could back these us want because go lol well said way ill most much very
where even should may here need really did right mum work year years being day too going before off why made still
take got many never those life say world down great through youre last thats while best such love man home long look
something use cant same addy babe bestie bf boobs bra cam discord dm dms expose exposing facetime fr gf gonna hbu
hottie hun idk ig insta irl kik leak leaked mom naked ngl nude nudes omg pic pics pls plz pm pms r rn roblox selfie
selfies sexy snap snapchat snapscore streak streaks sus telegram tho thong tiktok u undress ur used vid vids wanna
webcam whatsapp wyd ya yeah yt both every am come part state three around between always better find help high
little old since another does own things under during game ive thing give house place school again next each mr
without against didnt end yes found must show big feel sure team ever family keep might please put money free second
tell someone away left number city days lot name send night play until company doing few hes let real called
different having set thought done however getting god government group thanks looking public top women business care
start system times week already anything case nothing person today change enough everything full live making point
read thank theres told yet bad parents doesnt four hard mean once support including music power seen states stop
water based believe call head men national small took white came far job side though try went actually american
later less line order party run says service country open season shit children everyone hi general theyre trying dad
united using area black following law makes together war whole car face five kind maybe per president story working
course games health hope important least means news within able ask book early friends information local oh post
video young ago others social talk court fact given guys half hand isnt level mind often single become body coming
control death food guy hours office pay problem south true almost fuck history known large lost research room
several started taking university win wrong along anyone else girl john matter fine pretty remember air bit friend
hit needs nice playing probably saying understand york class close comes id idea international looks past possible
wanted cause due happy human members months move question series wait woman community data late leave north saw
special watch wont either fucking future light low million morning police short stay taken age buy deal rather
reason red report soon third turn whether among check development form further heart minutes myself services
yourself act although asked bring child fire fun living major media phone players art behind building easy market
near non plan political quite six talking west works according available education final former front kids list
ready sometimes son street wasnt whats college current example experience heard london meet program type baby chance
father march process shes song study word across action clear gave gets himself month outside mine self students
words board cost saturday cut dr field held instead main moment mother road seems thinking town wants de department
energy fight force hear issue played points price re rest results running shows space summer picture term wife
america beautiful date goes killed land miss project sex shot site strong youll account especially eyes include june
fre period position record perfect similar total above club common died film happened knew lead likely military
personal security share st tv won april honestly center county couple dead english happen hold industry inside
issues online player private problems return rights sense star test haha view weeks break british companies event
higher hour member middle needed present result sorry takes training wish wouldnt answer boy design finally girls
gold gone guess interest july king learn policy society added alone average bank brought certain church east cool
hands hot lets longer hey medical movie original park performance press received role sent themselves tried worked
worth areas became bill books director exactly giving ground meeting provide questions relationship september sound
source usually value evidence follow lives official production rate reading round add save stand stuff tax whatever
amount blue countries chat david drive eat fall fast federal feeling felt green league management match model size
step trust youve central changes england forward groups key page paid range review science trade uk upon various
attention brother pick cannot character chief cup football hate havent james led looked lower natural october
property quality style vote amazing august blood china complete mums dog economic hell involved itself language lord
november oil related serious stage tomorrow terms title article tonight attack born couldnt damn photo decided
decision enjoy entire french january kill met perhaps poor release situation technology turned website written
choice code considered continue council cover currently door election european events financial foreign hair
increase legal lose michael race seem seven sign simple simply staff super union walk washington bed began built
career changed crazy daily daughter december cute die difficult figure hospital email knows loss modern ones friday
paper parts popular published safe starting systems version voice whose writing army australia earth forget goal
huge internet listen okay practice rules sea sir success weird towards waiting ways access arent base below created
deep followed mark missing offer pass professional released risk schools sleep table ten truth ball box build card
cases dark district europe george india minister note percent piece products recent seeing straight visit wall weve
wrote allowed boys culture etc fans february gives growth included married officer pain paul places respect response
river yay rock shall speak specific standard write album century charge cold create text effect eight except eye
funny limited moving network peace provided recently required sales spent store student track via secret watching
weight addition ahead allow anti association beat brown capital chinese committee conference difference double
expect coach gas island moved normal plans population potential pressure radio thursday russian station treatment
western ass beginning california campaign certainly completely content credit cross described birthday despite
female focus husband ice individual interesting join kept leading loved message miles nearly particular previous
quickly region reported section sort speed travel consider contact drop fair feet jesus kid link positive sale
throughout tour welcome absolutely additional beyond conditions earlier extra forces immediately shell jobs leaving
minute nature numbers quick sell significant studies unless winning agree canada clean computer construction episode
favorite income easier justice levels manager movement gg posted safety san scene sold sounds spend kinda statement
sun teams ability announced literally asking calling collection lmao continued costs definitely designed expected
gun happens heavy includes knowledge particularly search subject train wide wow author centre claim developed fear
fit generally german global goals server gotta hotel interested judge lady leader letter lines material named nobody
bro opportunity plus pre product regular secretary sister stories unit workers annual anymore bar battle brain
contract degree families features finished floor surprise france growing hurt image theyll insurance majority meant
opening wear opinion physical pro reach rule seriously sports clas stupid successful active administration approach
australian biggest cancer civil dance defense direction independent master none reasons russia ship stock trump
weekend wonder worst africa awesome band beach cash clearly delete commercial compared effort ended fan fighting
imagine impact lack latest learning multiple older operation organization passed sunday pictures protect senior
teacher spring telling activities address analysis anyway app bought calls choose christmas color commission
competition details lovely direct dream easily finish mature grand heres increased indian mis luck marriage names
necessary patients resources channel rich skin speaking supposed sweet thus touch yesterday caught closed congress
damage directly disease doctor doubt drink driving established facebook feels fish gay germany glad greater grow
largest machine notice overall planning professor programs records reports shown sit trip associated basic captain
carry cars crime effective effects explain addres fully highly holding japan laws male mrs parties plant reality
smith spot texas winter worse advice agreement aint award block broken caused challenge characters christian comment
equipment eventually helped till holy killing lived lots tuesday nation otherwise peter prices primary purpose rates
responsible shop showing sick bus theory uses william agency avoid camera catch cell coast comments drug economy
environment executive foot hall mass meaning mission nine officers operations politics pop produced ran mention
status therefore trial truly photos weather activity application claims coffee complex condition division evening
flight freedom google heat highest interview library located location murder obama offered putting queen seconds
showed sitting standing stars walking accept actual appear attempt broke distance eating exchange fat fell finding
glass learned hello losing mobile northern opened placed powerful prior protection nah reached receive religious
ride robert royal screen serve signed slow species speech traffic tree types vs robux wearing whos whom wonderful
agreed airport animals appears begin benefits bottom cities demand engine everybody famous ideas investment keeping
lie notes youd partner plays raised runs sad solution songs sources southern square stopped structure thomas
traditional twice btw wind worry americans appeared becomes brand cent chicago count covered critical digital forced
fourth fresh lake mental mentioned missed mostly mouth owner mate previously realize remain scale score separate
smart starts surface tbh throw tom totally twitter views wedding acting actions african arms benefit budget click
estate failed ha faith fashion feature fund generation hearing hill jack larger louis metal mid mins paris profile
pull push returned rose seat seemed sexual shouldnt target understanding village agent animal apply spare authority
basis becoming chris draw dude employees enter thread ex follows foundation gain http individuals japanese leaders
memory prime projects ring rise selling served silver soul spread supply waste adult apparently artist chairman
edition engineering grade happening healthy institute method mike monday nations lunch obviously option prison
provides remains senate smaller somebody stone strength users wild parent window winner arrived bag bet camp cast
christ continues correct dangerous extremely firm greatest handle improve indeed leaves movies negative prevent
removed richard spirit television trouble usa videos advantage apart aware cat customers decide dinner dollars
eastern fifth function gift helping herself impossible influence items joe los marketing mary materials nor produce
progress proud require shooting shut standards tells thinks van wood background birth bridge carried charles classes
completed concept copy dear dogs drugs efforts garden host housing inc israel journal labor leadership length lucky
neither onto patient possibly prove rare clan setting skills software thousands tough units alive apple balance
grandad bitch boss cards grown changing connection dress gues fellow florida horse knowing liked magic managed map
net owned request stick theyve turns vehicle volume wake aid beauty believed billion busy buying cells concerned
conversation corner criminal cultural develop driver ends existing farm file fix fly frank guide images
investigation mexico operating paying presented raise responsibility roll slightly suggest technical thoughts treat
unique variety violence weapons yours youth appreciate bigger breaking discovered dry edge evil excited forever
funds helps henry injury iron mad reminder magazine martin models offers yo ordered parliament prepared reference
religion sites somewhere biscuit stated strategy teachers web dads wine accounts angeles arm audience bay blog
closer core gate democratic description dropped excellent exist figures forms guard honest issued joined jones
messages lee lies likes medicine mountain nuclear orders port presence reaction reduce shoot sides solid spanish
sport steps stress taste tea victory afternoon assistant britain citizens classic clothes decisions electric
emergency entered entirely facts failure festival flat fuel harry houses initial introduced johnson kick links mail
massive ye matters pair picked pieces plane plenty prince proper providing quarter regional scott session shape sky
homework teaching toward transfer upper lessons useful valley watched willing noo windows zone accident advanced
alternative promise anywhere articles awards bear boat bringing capacity cheap rp climate communities discussion
drinking duty fantastic feelings flying governor hasnt hundred industrial sweetheart joint mix museum options path
plants policies wednesday proposed purchase rain remove signs spending steel steve supporting terrible tired treated
turning vice warm afraid arts beer border canadian command crew crowd dating dick elements enemy grandma ensure
environmental filled fixed forest intelligence intended labour limit moon ocean powers profit proof republican
soldiers suit wins womens appearance asian attorney banks behavior les ben bodies brothers buildings chair creating
debt domestic expensive grew historical homes honor jump launch listed minimum native noted originally planned ray
sets suddenly supreme survey tech trees update user writer yellow younger ancient attacks charges combined
communication connected contains download sat ending exercise express flow formed girlfriend hero illegal sending
increasing joke loan methods officials peoples performed planet shed relationships restaurant scotland selected
shared shopping soft stuck sugar suggested supported surprised taught transport werent accepted adding affairs
allows appeal applied appropriate artists boston confirmed device drama entry era factor feed golden grant heads
boyfriend hoping keeps lawyer legs lying measures mistake ms muslim organizations platform pool pulled regarding
relations requires route saved schedule scientific shoes smoke squad teach testing tests values walked williams
abuse angry businesses candidate comfortable concern developing discuss elections emotional everywhere mates
facilities falling fox guns hole holiday interests internal ireland italian italy jersey laugh leg letters liberal
listening loves max quiet milk pack payment perform recorded relatively sector sharing snow storm streets strike
studio sub weak ugh youtube actor advance apartment asia uncle chain chapter committed confidence cook equal fake
finance focused hits identity journey kitchen korea aw leads maintain measure numerous brilliant owners posts
properties dare revealed specifically split task taxes taylor twenty urban acts affected aircraft applications
approved approximately argument arrested claimed conflict considering corporate debate hii determined distribution
documents escape extended factors faster fault fill films flowers friendly loads ladies lay lights millions mixed
phase properly pure reduced requirements residents revenue sam secure smile strange talent temperature thousand tony
troops truck votes ah authorities basically besides bird blame bob bowl causes chicken collected context coverage
determine display dying elected examples experienced falls false fired forgot funding identified iii incredible
inspired launched ma meat ministry til mode neck noticed novel obvious passing positions remaining scored shirt
shots slowly stadium stores surgery trading vision whenever worried zero alex allowing begins champion charged cream
crisis daniel delivered editor estimated giant iran jail jim kingdom literature mayor minor moments opposite orange
ourselves pages remained selection serving signal stream struggle suicide talked theme cry tiny typically un
unfortunately usual vehicles virginia voted voting walls wave alcohol assembly forum breakfast bright brings capable
hoodie carrying chosen combination conservative ipad customer cutting desire destroyed itll draft drunk essential
fail jealous familiar finds granted guilty humans hundreds improved jewish lift largely laughing markets medium ohio
opportunities papers perfectly recommend referred relevant seek solo spoke nervous stands talks ticket unable ohh
upset wing worlds answers birds bomb creative cycle dealing directed don educational entertainment pyjamas extreme
facility fields goods random hang holds info mainly maximum newspaper offering painting republic reserve returns row
salt scared scottish shares statistics switch territory threat tickets wales adults affect appointed armed aside
assistance bell blow bond careful circumstances communications castle concerns controlled corporation danger deals
delivery deserve devices dollar dreams empty consent enjoyed explained faces folks favourite fucked gender instance
kim matches mile motion moves nick pacific prize realized reasonable receiving register instagram resolution rural
ryan saving sees singing spain tools lesson typical universe warning wars admit attitude branch brazil conducted
decades dedicated definition drawing favor flag frame guest heaven independence institutions jackson kiss load plot
possibility recovery rent replace represent reviews scenes seeking senator sentence teeth tips trained understood
academic academy accurate achieve adam afford andrew assume bbc bottle bunch category cheese chemical clinton
competitive detail diet em fruit harder hed index item lane mess navy normally occurred um opposition permanent
personally urself pleasure prefer programme representative scheme shift stood storage tank tend tight transportation
ultimately unlike weekly yard anybody assets basketball button candidates combat constitution aww consumer counter
creation crown crying dc defined depending depression describe drivers employment exclusive excuse expert frequently
golf grace hopefully identify importance kevin laid latter manufacturing mining object partners pattern performing
personnel perspective pregnant premier promote revolution rooms severe sleeping suppose tool tournament turkey
victim victims agents amazon arrest attend ban carbon catholic chose circle concert crash declared deliver depth
deputy maths dirty doctors earned electronic error existence experiences expression factory headed interior joy
ollie legislation maintenance manner owe matt nearby noise origin pe pakistan panel personality plate practices
prepare relief replaced resistance retail rice practise roads roof shame ships somewhat staying stronger surely
saturdays tip updated writers absolute advertising agencies baseball bathroom bible cable calm championship checked
client constant dates degrees democrats doors driven dumb theyd empire exciting expansion heavily hide incident
irish linked manage michigan multi nfl politicians print quit uniform refused reporting sight significantly sing
soviet weapon wet widely worldwide ages anniversary attractive bike broad burn xx cake causing closely constantly
contest deaths depends drawn fees francisco hardly hat height hidden asks hong invited letting loud auntie
manchester marine motor officially pc peak portion pounds princess protein puts raw reform regions represented
respond retirement sample seats secondary solar somehow stayed suffering sydney todays tries ultimate unknown wilson
wondering attached attacked automatically balls battery bills checks blind breath brief carolina chill chest conduct
debut collect decade destroy differences edward engaged experts expressed external confirm fantasy grab hollywood
immediate introduction joseph license paint deleted pilot pink presidential principal recognize recognized
registered regularly representatives rising seasons shipping singer smoking steam suffered survive tall theatre
therapy witness adopted aim campus cap chances childhood clinical clubs gym comedy commander comparison covers dan
defeat defence democracy detailed entitled exact exposed invite fed fee injured jan jordan kinds loans lock musical
nose objects laptop opposed organized plastic protected loop purposes quote recording semi statements suspect swear
techniques tie tim trend valuable wealth wise yards aged approval noah aspects attempts bread burning champions
contain convention dancing np document eggs employee en engineer equivalent facing fairly pinned fingers ford
founded functions raid gang graduate greek hanging inner islands marked memories miller monthly mountains
neighborhood operate outstanding permission porn racing recommended regulations sessions reply republicans rid roman
shorts scientists shoulder shower solutions sons stations stephen tower tradition visited visual wheel zealand
achieved admitted appointment authors barely bc bush cabinet celebrate challenges chocolate coal colour contemporary
criticism davis dna effectively eric extensive faced filed formation fought gained gallery highway ull historic hunt
improvement inch username initially junior jury kong korean marks monster obtained olympic philosophy pride annoying
promised repeat returning riding boring rough santa settlement smell sought speaker studied suggests surrounding
tone topic toronto cats universal vast visitors wanting auto ches consistent continuing earn cousin exists finger
grey guitar cracked heading howard ignore involving latin lewis meal meanwhile meetings naturally necessarily
offices dropping pants partnership payments percentage pocket practical primarily proved rape regardless relative
represents goo rescue resulting rush sarah hmm sharp simon soccer stable structures supplies symptoms insane
temporary tested trick attended audio bone brian bullshit chamber kit chart childrens circuit clothing lads
complicated confused consequences defend divided elizabeth everyday extent fishing format gap lily gotten harm
healthcare household lobby immigration impressive jews joining killer limits loving ltd managers membership miami
mirror mount nights occur parking proposal province purchased recognition reputation rolling shortly situations
strongly tears technique thin tied accused adventure ofc argue assessment atmosphere awful ooh bedroom belief bound
breaks outfit carefully ceo choices closing cloud colorado colors pas contrast courses courts donald drew egg
element elsewhere pizza establish extension files founder pjs gear georgia hills hip hitting increases
infrastructure jason posting locations loose machines mens moral offensive package pointed purple poverty processes
processing qualified queue railway reaching ridiculous sensitive shock silence soldier superior supporters thick
threw tons transition violent voters wash acid actress administrative alan alongside angel anxiety silly babies bars
bonus charity clients compare contained cooking covering curious directors discovery discussed duke egypt soo
encourage enforcement featuring finals flash formal formula fort governments gray gross horses strict hungry
informed innocent jeff losses luke mac math minds mistakes mystery networks olympics palace passes penalty pet
phones photography producing protest publication rating refer respectively rome scheduled select silent spoken
successfully suffer temple tracks trail unusual waters woods bother arrival assault awareness badly bath captured
chase components concrete dave deeply expectations explanation exposure featured fiction guarantee happiness harris
hearts horrible ideal illinois injuries islamic jimmy kelly legend lieutenant mini mood muscle muslims passion
downstairs picking pleased procedure producer ellie pushing rank replacement retired roles sand savings settled
granny shadow singles tag tape victoria visiting wage wed wings andy avenue bags beating believes blocks charlie
checking clock commissioner commitment confident containing copies leeds crimes custom denied desk drinks ear
electricity episodes farmers fbi grounds helpful horror iphone iraq mia label liverpool locked opens output persons
pitch plain pushed raising rear reveal romantic scores sisters speaks stages priya strategic swimming welfare
winners wire worker afterwards alright android anger architecture assist attempted rude behalf belt capture centers
ceremony comic cops cuts dallas designer diamond disappointed dressed economics efficient electrical sheet employed
enjoying entering essentially sleepover establishment expecting explains flower ghost guests handed hockey houston
https hunting industries islam jane judges lab languages maps min morgan moscow newly talented odd op ordinary
participate philadelphia prayer principles racist rarely references skill soil solve stomach struck tutor studying
suck supports trash ugly vegas virus walker whoever amounts anthony arthur worries aspect banned boost bureau
colonel comfort controls achild crack deck demands ahh dies dragon dramatic dust dutch engineers evolution foods
asleep hired illness inspiration institution kings knife lately lowest memorial mexican minority opinions patterns
presents priority promotion rail readers remote bio repair root saint steal stolen telephone titles booked trans ups
vol whereas abandoned bot acquired actors alexander alliance bowling bid brave buddy buried butter cares columbia
conclusion congratulations contracts convinced crap crystal dean decent decline delay describes desert downtown
elite enemies forgotten forth gods hadnt hire hop hopes installed israeli landing layer managing marry nowhere nurse
obtain organic ownership participants pennsylvania poetry pot pray printed recall rugby sake signing smooth
spiritual stops string ethan sudden sweden syria throwing everyones thrown vacation abroad arab assigned associate
assumed atlantic bench broadcast bye cambridge citizen cleaning compete consists consumers contributed cricket
critics damaged disaster discover disney entrance equally fallen figured fitness francis friendship gary handling
idiot intense glue keys lawyers lifetime liquid makeup medal mortgage narrative narrow nba observed occasionally
gorgeous pan physics potentially reduction reflect refuse researchers resource roger ross sciences seattle serves
hay subsequent towns translation visible yep adds allen amendment angle arizona arrive belong hughes berlin bishop
channels clark commonly connect defensive designs efficiency enterprise experiment feb jes females findings firms
gifts grass hence increasingly kayla incredibly jay journalist kicked lists maintained mill occasion oxford pace
lava passenger pen pope possession races rapid regulation resident rocks shaped sixth spin leisure styles subjects
sucks suitable maisie thirty valid vital whilst agriculture alleged anna atlanta bands christians commerce cop creek
currency emotions exhibition fraud funeral genuine gordon honey honour hook hunter mods immigrants improving
instructions introduce kansas lands legacy log matthew merely monitor mothers nov patrick phil prisoners programming
publishing ratio password regret rejected remind resort resulted reverse routine scary seed settle sin spell
postcode summary survival sword tongue ward waves wayne achievement anderson argued austin automatic begun behaviour
cents coat comprehensive daddy destruction diego diseases divorce doc drove ears engage extraordinary fate frequency
gaming gene glory headquarters heritage initiative interviews jean juice landscape stays logic meets melbourne
microsoft objective organisation privacy procedures profits reducing regard representing residence roughly salary
scoring script searching sections strip tablet surrounded threatened transferred tube universities walter wisconsin
toast wouldve writes ambassador ann apps awarded banking breast carter chelsea chemistry concluded consumption
corruption cotton crossed detroit tuesdays discount dozen engines epic urs exception exit expand fancy grateful
heroes holes impression inches indicate input johnny josh knock leather lips luxury lyrics manufacturers masters
movements oct operated xbox ought outcome painted poll preferred pulling ranked referring removal rep reporter rio
risks rob screaming sept sequence singapore stretch admin tear tennis terrorist theater alfie ties twelve versions
virgin amara voices wishes wolf absence agricultural asshole ate athletes bears blues boxes bruce bull cameras
commonwealth contribute contribution contributions couples delicious deny deserves ease extend fame flood generated
genetic glasses impressed indicated instant cafe investors involves kate kills liberty mans maria ministers
monitoring occurs passengers photographs principle producers progressive punishment rally rapidly reader
representation classroom restaurants reveals roots samples shops sum swing tail texts twin upcoming veterans alert
comfy arena arguments aug billy boom boots claiming column commit compensation composition cried computers
conservation constitutional crossing defending density difficulty drops elementary ethnic expenses fleet foster
fuckin fundamental gen genius greatly dinosaur guidance hospitals infection intention iowa jokes knee mechanical
nigeria parks participation dres periods precious pregnancy premium preparing pretend priest prominent edit proven
radical remembered requested ella residential reward rings robin russell satellite shake shore spots stats
struggling substantial teen temperatures transmission trap wildlife wooden ads aggressive anne answered apparent
bang blast bones brands centuries communist complaint component connections courage cure del desperate diversity
duties encouraged eve faculty feedback fighter frozen guards hiding humanity ian innovation instruments invest
fridge jacket justin legislative listing gp manual murdered nursing occupied grades ongoing operator painful pound
grandpa preparation punch railroad guardian registration releases rick romance hamster someones submitted sufficient
survived suspended technologies tissue trailer trends trials ukraine underground versus virtual walks wounded ali
amongst announcement arranged arsenal hows attending attracted biological bite blocked boards burned categories chip
companys concerning database define discrimination disorder distributed districts documentary domain dynamic edited
engagement laughed explore favour fewer footage giants grave hamilton implementation indiana investigate jazz jon
lime jonathan laboratory lawrence lincoln literary mask massachusetts midnight minnesota mouse oscar packed piano
praise presentation maureen psychology relation restrictions rocket ruin saudi sean sec secrets slave stability
steady nan stones symbol terminal toilet nana treaty triple unlikely updates netball vietnam viewed affair agenda
bat bow calendar cape collective nitro conversations cooperation craft darkness noob deeper devil enable equity
estimates failing finishing fortune gates goodbye graham oakfield hardware hillary hurts intellectual ours
involvement kentucky madrid mi nuts oregon paragraph partly petition phrase physically protecting racial rated
regime rivers rounds ruled sauce seal separated shield similarly slide stem summit pres throat tiger touched toy
visits warriors wisdom accounting alien attacking awkward beast beef candy carrier celebration celebrity certificate
cited clay coaching colleagues constructed dated dec robot default delhi derived dialogue disabled distinct drag
educated ruby eligible estimate execution existed fifty followers fool framework franchise funded furniture
generations guaranteed integrated intelligent interaction jet journalists lifestyle lighting lisa mall overseas
performances philippines polish recommendations recover regarded relax reliable shout rely remarkable responses
ruling sacrifice sole stopping strategies succeed tables tale skip targets timing ton volunteers witnesses wore
worship worthy acted alarm bass bloody breathing butt characteristics cnn collaboration con consideration counts
creates crucial daughters dependent discussions drives dual edinburgh equipped expanded experimental feeding filter
swap galaxy globe greece swimsuit gulf highlights hoped intent involve judgment kennedy knight larry las logo
malaysia moore nazi threads netherlands odds peaceful philip thursdays photographer pin prevention printing tilted
promoting publicly pump repeated replied requests revenge satisfied seeds signals slip spaces unicorn specialist
stocks stranger upload submit surprising tap thompson threats tourism turkish volunteer acceptable allies attempting
auction bonds challenging chaos churches cleveland composed concentration copper weekends corp corps counting
credits whereabouts dawn dispute earnings editing executed firing fits frequent gardens gathered hilarious huh
ignored improvements investments isis margin mars maryland mechanism moderate murray oklahoma opera overcome
parallel agre passage pit psychological publications quest radiation shocked sized stroke stunning tanks tokyo
topics trains traveling treating ava tune utility vessel weed wherever acquisition addressed alabama alice angels
anime announce autumn backed barry bold borders breathe cameron choosing classical classified clip coaches coins
concepts conspiracy controversy convince cooper disappeared encounter borrow equality exam examination fails fathers
federation fiscal builds homeless instrument intervention jerry lover mainstream menu missouri mounted mutual nope
occasions charger offense oral panic pays chats pursue realise refugees removing cheers requirement responded rip
ruined clever scope segment spectrum ted terror venture virtually waited warren worn yea accompanied confidential
adams aids aimed alpha costume approaches arguing arrangement beliefs boats boundaries brick brooklyn colleges
considerable conventional danny des designated dvd emperor employers enormous errors focusing forgive gains garage
deleting gathering guidelines handled hosted dept indians indonesia inquiry inspector jumped khan lion loaded
dishwasher lonely maintaining measured mercy nevertheless newspapers outer oxygen pipe pissed poem powder powered
promises quotes racism ratings reads recovered refers roy screw seventh essay shelter signature sooner spider exams
stewart strikes suggesting suits toys tracking tribute trigger vary venue wages wells wheels abc abortion accuracy
albert applying artificial belongs beneath bitcoin bullet burns fav carl celebrated consistently conversion
copyright counties democrat deposit filming destination dirt diverse divine emails exclusively export fastest fur
formerly functional gather gcse grandfather habit harvard indicates isolated knocked landed laura lazy mama marshall
mitchell modified municipal gras naval neighbors nelson neutral guild noble oldest pat picks poland popularity
professionals pussy reactions relate sacred securities shoe speakers springs ikr spy steven suggestions supplied
susan suspension terrorism terry toxic treasury tunnel unions upgrade warrant wider wound aaron actively afghanistan
applies arrangements jake asset assuming backing baker barcelona blessed brazilian brush kai burden campbell carries
casual certified charter chef citys kissed civilian coalition cock complain complaints controversial denver
describing differently directions discipline discussing lego disgusting dominant earning emma leo expense explaining
furthermore graphic greg healing hiring hosts implemented instantly invasion jacob jumping legendary maker margaret
mario opponents outdoor palm parker photograph pole pub messaged quarters queensland rangers ranks reception recipe
regulatory reviewed rolls rubber secured serial settings snake sponsored stealing subsequently substance suggestion
switzerland syndrome tasks trips ultra unexpected usage pins utah accidentally affordable amateur appeals argentina
baltimore batman bearing potion beats bin biology bobby prank briefly canal cancelled charlotte progres cheaper
christopher climb com competing completion cruise custody rainbow demonstrated departure developers developments dig
eagles employer redstone evans explosion fever fluid folk generate gop handsome holidays hotels imagination
integration rotate integrity interpretation leaf legitimate rubbish lightning longest magical mills motivation nasty
oliver pension permit perry plates pleasant portrait productive reminds reserves ron safely shirts shorter slight
socialist streaming sue targeted tension thailand theories touching skatepark transactions twist unemployment slime
unity useless viewers winds socks woke wtf abilities advocate aims arc backup beaten bitter sorted blown branches
campaigns chips spawn cia clinic closest sponsor collections continuous converted correctly creator creatures
criteria declined detective difficulties disability dish douglas duck egyptian ep evaluation excess farming fence
swim fifa fighters flights forcing forming franklin fred gradually gravity habits hawaii highlight holder hood hung
identical imperial investigations jose ken legally lied listened males treats manufacturer meters nail nasa troop
negotiations nonsense ontario operational orleans owns phoenix playoffs unfair poet quoted relating repeatedly
uploaded robinson rolled scientist sink slavery sorts verification souls stole swedish swiss tennessee transaction
transformation veteran vulnerable wealthy additionally wednesdays amy attract barbara beta blowing bored bronze bug
caring catching cave cheating chronic cleared communicate convicted cultures dealt delayed demonstrate departments
depend developer diagnosis dismissed distinguished dose eighth experiments flesh flip forty generous germans hated
ajx hr implement incorporated influenced annes jerusalem kidding laser loyal marijuana mentally missions occupation
opponent paintings patch patience aqa pointing pollution precisely prisoner privilege proposals protests punk radar
regards relatives resist solely stepped striking terrorists tourist transit trucks bake trusted vessels villa
volumes banana websites wireless wondered wrap wright yoga adopt airlines alaska albums americas anytime bacteria
beings beside blade beginner boot bottles bucks bulk camps cargo census christianity coastal coin colored commentary
booster confusion congressional corn customs dealer deemed destiny distant electronics emerging emotion emphasis
ethics excitement exploration fights filling glasgow graphics helen humor insight invested itd jennifer lit
louisiana mar marie meals mississippi nerve netflix nightmare operators overnight partially participating pie
platforms populations poster practically preserve produces qualify ram ranging ranking receives respective
restricted routes samuel sandy scenario sheep charmander situated slaves sony spotted spreading stanley sustainable
sustained taxi themes threatening tobacco chloe trace trapped turner uncomfortable cinema wasted weakness widespread
accepting clips accessible acknowledge advised advisory collab animation assignment balanced bare colours basement
bases battles bias birmingham bits cancel carpet ceiling cherry classification clue codes cole collapse collecting
compound conscious consecutive cosplay contents craig devoted displayed dominated counsellor earl endless escaped
examine floating garbage gospel grain grid grows heating identification knees lap lions liver creepy metro
metropolitan mines mixture cringe nominated oak parliamentary patent cros perception physician portland proceed
cutie proceedings pupils reserved restore rifle rival runner sadly sc shoulders significance sits sizes slept soap
spray dev stored stressed structural suite tropical ukrainian unnecessary verse victor vintage warned watson acres
adapted adoption anonymous antonio approaching artistic attendance aviation barrel beds beloved ew bless boxing
celebrating charging chemicals chuck colonial comics compliance contrary controlling corporations couch countrys
crush dam decrease defeated diabetes dressing expanding fears fires frost genre gentle grammar hiv illustrated
invented jam jamie jessica gems keith kent layers lease genuinely lens licensed loyalty madison magnetic metres
monsters mysterious notion partial piss placing propaganda rat reflection reminded resolve revolutionary scandal
shine simultaneously substitute surveillance tactics testimony thai treasure trophy tweet tyler underlying hers
villages von wa acceptance accidents affects annually apologize appreciated approached arriving ash aunt benjamin
blake bubble buyers casino charts clouds connecting inkandowl counsel creature deadly decides der desired
determination embrace jas emerged exhibit flew gentleman halloween hammer hitler hosting icon imposed indigenous
infinite installation inter interactions introducing iranian kicking laying legislature lengths liability maine
makers licence manhattan marathon marvel michelle lil moreover mps neil organisations parade paradise perceived
planes politician preliminary marys premiere presidency reaches react realistic remarks retain roberts rocky
russians saints satisfaction mic scratch shade sheets sheriff minecraft shy sometime spirits sporting strictly
sunshine teens tier tommy travelling vancouver vocal warrior womans yield accomplished admission adventures aka neon
appearing bacon barrier belgium nibbles believing blacks bombs burst oops caps casting cattle collins compromise
convenient costa criminals crop earthquake pancakes elderly eliminate embarrassing farmer finest grants harbor
harvey patel hates incidents inform ion jeremy lesbian lovers mathematics pencil medication minded morris norway par
podcast portfolio productivity promoted protocol quietly rachel replacing responsibilities salad scholarship
screening sends smiling pixelpals soup southeast stake stating pony strain suspected swift tackle practising tigers
timeline torture traded privately translated tricks twins urgent vegetables vertical violation wallet puberty welsh
workshop wrapped aboard abstract accent addiction associates awake puppy beam beans binding blank buffalo cbs
commons conservatives contacts conviction corrupt cow curve depressed deserved dining randoms disorders duration
eddie emily encouraging farms fifteen flows genes graduated grandmother harsh heights horn hurry immune inflation
ingredients inspection install instruction intensity inventory investigated invitation judicial justify kyle
riverside lakes lean lecture libraries logical mason meaningful migration roster missile motivated muscles nancy
norman northwest nurses organ patrol pearl peer pepper pig pile plug provision releasing requiring revised rod
scream stairs staring scam statistical sticks strangers succeeded scan sweat switched syrian tattoo teenage thunder
tours tragedy screenshot trauma vincent wrestling zoo accordance acquire activist activists addresses alike
applicable arrow availability bend boundary breach cabin cage chancellor skate circles closet combine companion
comparing consciousness consultant controller skype corresponding courtesy cuba damages demanding disc dishes dozens
eagle eaten embassy engaging smash fascinating financing fitted flexible smth gaining gentlemen goodness guilt haven
helicopter households iconic infected keen kenya spoil lesser liberals lip mandatory manufactured mechanics mere
miracle mud murphy nathan observation stitches operates permitted phenomenon stopp pittsburgh playoff precise
profession prospect protective providers publisher strings putin reportedly retreat rookie sandwich seeks sentences
separation sexually ski skilled sterling stuart surgeon theft understands valve visa texted washing adjacent
agreements appreciation arabia thre athletic authorized banner beijing blew blocking brad caribbean charm chasing
climbing colony typing complaining cookies cruel curriculum uie deadline deer delta demanded dive divide easter
electoral useles eleven entity excessive exercises uu feminist governing ham heal interface ios jewelry journalism
juan julia jungle linear occasional oriented pete pilots prayers predicted pressed preventing prof provisions
pursuit rap reflected restored resume wifi rev richmond ridge samsung zip scholars sealed sounded sri zoom streams
strongest tends tribe unfortunate variable victorian worrying zones ace adjusted alternate arrives artwork ashley
athlete attraction bankruptcy canon capabilities cared catherine amp chains closure cognitive competitors
connecticut convert cooked ct cups deciding defender dental diplomatic divisions drum editorial arbiter enabled
entertaining est establishing archive eternal freeze generic grip handful happily harmony armour humble hurting
hybrid intentions investing keyboard lasting locally loses mild minimal audition mixing molecular nearest neighbor
noon nowadays openly overview aunty pairs palestinian parish pathetic avatar poems possibilities potato potter badge
preference promising proportion purchases rage rd reflects respected restoration selfish sergeant silk stamp throne
urge voter warner wasting witch advantages bedtime ally archives array assisted besties backs belly booth bikini
breakdown bridges brutal calculated centres chapters citizenship civilians cliff conflicts consensus cycling
declaration dennis derby biting distinction donations dragons draws examined facial faithful fatal blazekid fig
fitting hardest holland honored hunger hurricane booking implications import innovative jurisdiction laughter lemon
lifted loading lung matching mighty monetary novels nutrition ore outcomes outta pine builder polls poorly portugal
pose pour proteins provider publish purely ralph rental resolved rewards sang seemingly senators caption severely
shark shocking southwest studios survivors tales technically titled traditions unlimited washed watches advise
anxious appearances bee bombing carlos challenged cigarettes colin consisting cult dairy dakota darling charizard
delighted delivering destroying diary disagree disappear drill earliest edges entries euro evolved exports fixing
flags flies forecast governance heated hug importantly indicating indoor influential intend invisible jeans jets
julie karen lasted cmon lawsuit lighter lucas marcus mentions meter mice collisions musicians olive passionate
potatoes prevented receiver recommendation riot rogers safer sells comp sentenced servant setup shouldve skull slot
statue surprisingly surrender suspicious teenager tender thoroughly todd treatments convo tweeted vacuum variations
wheres acknowledged cookie advances agrees allegations anticipated approve architect basin beneficial bleeding breed
breeding bride broadway bros bud butler creep careers cartoon celebrities chick crisps coke comparable confirmation
console croydon contractor contributing diameter cube dubai dublin dump duo dynamics elephant enhanced essays
exhausted fabric fabulous fairy focuses fold freak frustrated gambling gently glorious grief harrison historically
hub dentist inevitable investigating labels lacking laughs layout lined lodge lords merchant merit micro myth
nintendo objectives obsessed doubles organised overwhelming pale particles pastor penalties permanently pets pockets
poison predict presenting presidents pressing prints provincial raped realised rebel repairs rotation separately
shaking shaw societies solved starring struggles ellas subtle tastes throws toll emailed tooth torn tragic trainer
transformed unbelievable underneath variation viewing viral warehouse wears widow wives adjust administrator
affecting evenings allied altogether animated answering assess assumption assured austria avoided avoiding basket
beard blanket brains bucket burger capability charming chiefs commented computing concentrate conducting consequence
continent cruz curse displays drain emissions ethical excellence flame forests freely fruits grabbed graduation hint
horizon hostile imagined inhabitants ink inn intel kicks legends lucy magazines matrix measuring miserable momentum
monkey montreal motorcycle fractions nationwide nest newcastle nicely ninth nomination notable obligation optical
outlook penny petty phd ports preserved programmes freya prospects publishers quantity quantum fri rebels recognised
reed fridays reign responding retained rises fus saves scare sectors span specialized spencer submission sunny
supporter testament gc toe tops tremendous valued wounds accommodation achievements addressing adorable allegedly
ambulance ashamed assure grandmas bailey ballot batteries blessing hana cemetery chambers cheat hannah cheer chile
cigarette compact harriet completing consulting cooling corners couldve deficit demo demon demonstration detected
detection doll hawks donated elaborate elder encountered expertise exploring fiber filmed headset fried grocery
guided guinea helper halfway happier heels holmes hull independently indication insisted instances intensive
interactive hiya intimate laundry lbs lifting linda martial nigerian northeast observe packing panels inhaler
pokemon politically presumably pretending priorities pronounced prosecution proves jo pulse purchasing qualities
queens joking rational realm reforms revenues juniors rides ripped rope shadows sierra smartphone specified kne
spectacular stan subscription switching technological temporarily tolerance tourists traditionally traveled lad
unhappy whites yup accomplish adequate lan alter apology arkansas attributed beg belonging bout legit brass buzz
clarke comeback cos crops declare designers detect diagnosed diesel dimensions dip disturbing dot logs dresses dylan
effectiveness eliminated ellen embarrassed exceptional filing fled foul frankly freezing maggots graph hack hatred
ignorant influences interact judging knights lamp limitations majesty measurement measurements median maya medieval
milan mobility montana murders nyc orientation meme oven owen passport penis messy pills planets proceeds rabbit
raises ranges rats retire rhythm ruth savage servers shook shooter siblings slim mock someday sophisticated spam
speeds mod stack stance static subway moderator supportive surgical symbols mondays tent thesis tide travels wallace
warfare warming withdraw withdrawal youngest aging airline alternatives anyways argues audit authentic ave backwards
blonde blows bolt brooks bugs bust clearing collar oakdale columbus comply cope counted obby crashed cum denmark
divorced donate drawings dried ebay echo editors edwards olds emotionally enhance experiencing extending oo finale
flavor floors freaking gloves harper hart ignorance ignoring immigrant induced inspiring parentmail intermediate
invention jesse joins lgbt likewise lineup logan magnificent mathematical meantime pearls nails nevada newest
nonetheless nut oclock opposing origins orlando physicians pipeline placement planted pricing puerto pikachu
questioning recreation renewed resigned shallow shanghai shitty singh sins sketch smells soda spite strengthen
sunset taiwan thanksgiving thermal trades transform witnessed workplace yelling yorkshire achieving aliens amsterdam
analyst arabic arctic assists bennett bristol burnt buyer calories cannabis cease potions championships chapel cloth
conferences considers container cowboys crushed deployed differ dimensional eager elect elevated essence executives
provisional familys flames fork gps harold harvest headline hudson hype identifying impacts insist junk kenny kidney
ladder lloyd marc mechanisms mineral mob recognise modest motors mph navigation nicholas orbit passive peninsula
phillips pill pork portuguese profitable provinces ranch rehearsal rays reasonably reject remainder rematch schemes
screens seized reps semester sentiment servants shipped riley suited supplement surviving thereby threshold tin
roleplay tires tribal tribes trunk rota uncertainty vampire varied verdict abandon accommodate accordingly aesthetic
algorithm safeguarding altered anchor angela apr arch associations audiences axis bernard bizarre bounce saturn
broadcasting bullets buses cannon carol carriers chairs cleaned scammer complexity confusing consultation
continental convenience deliberately diamonds diana scarf dictionary dignity dimension disappointing diving doug
duncan ego enthusiasm environments equation extract favorites ferry fisher flexibility scout flowing functioning
fusion gauge goat graduates gut heck helmet holders ideology idiots inclusion initiatives innings insects instructor
isolation justified shading keeper lamb liar machinery mansion mega mercury namely shapes nbc needing nerves nhl
obamas observations ordering palmer paths peers pending platinum possess praised premises probability questioned
refuses resignation rider slides ritual ruins shelf slam stakes starter sticking snacks subscribe superman surfaces
territories tire towers transfers utterly voltage warn width workout abu sophie activated adaptation advisor
aluminum apartments attitudes attorneys bail barriers belonged bradley brandon broader buck cal caroline
characterized civilization congrats contractors creativity dealers delicate den derek desires disappointment disk
enters evaluate formally frames stiff goddess gov hampshire harassment stres hats hugh insert joan lebanon leonard
liquor loser malcolm massage sundays matched messed milwaukee musician sweetie nato nephew notably orchestra
packages pad pakistani participated talkitoutwithtia precision preservation priests prizes pulls qualifying
reasoning relaxed reporters roses rumors sail salmon secretly seller sen seo sheer shifts simpson smallest specially
stark tray struggled sympathy tan teenagers tre theoretical thumb timber transparent trousers travis trumps tweets
tutorial upside urged visitor vitamin ud void voluntary wheat whip uni wipe wolves wrist abused acute unles admiral
amanda arnold arrange vc behave betting blair verify camping capitol celtic chan chin civic clerk conclusions
considerably contacted cottage coup criticized crude dash decreased defended demons deposits disclosure disposal
distinctive documented donation dragged drone elses westfield encounters ensuring enterprises escort firmly flour
gdp geneva hindu holdings indie indirect inspire institutional interim interviewed java jefferson jerk xxnovaxx karl
kindly kindness locals lottery louise magnitude zara minus nhs noting organs outlet outlets acros parameters pause
pledge portal prescription protesters proving publicity punished recruitment screwed shades shakespeare silicon
slice spelling spurs subscribers surveys aisha survivor telegraph tits vaccine algebra vinyl westminster wished
wonders accurately adelaide affiliate alfred amelia asylum barn bent bernie brussels cathedral centered childs
clause cluster complained compounds angles consistency cylinder dancer deaf debts denial digging dock entrepreneur
evident expectation expedition expressing extends facilitate failures feat fossil founding freight generating
goddamn guides arcade honesty inappropriate infant initiated injection instrumental insult interference interstate
julian launching liking linux luis mediterranean ashby neat negotiate neo nicole obligations offset outbreak pal
palestine perfection pigs pirates posters practicing praying probe prohibited projected propose quarterly recipes
recruiting refusing rehabilitation reid remix resistant reynolds backstage riders robots rockets roller baking
sailing skinny slipped bandstand sneak solving sore spark speculation steep stevens straw successor targeting
triggered troubles uncertain vector violations bella weigh whatsoever wicked abraham absent bends acoustic adapt
ancestors atomic bean bicycle bryan bump buttons cart binoculars circus claire cocaine cohen bins colleague
compelling compiled complications construct cord crowded cyber blaze dale debates defendant delays bonito dense
desperately doctrine bos financially freshman furious gameplay geography gig habitat harbour hazard hydrogen implies
intact intake irrelevant jaw jin kitty lauren lawn manufacture bullied martha medals mercedes mistaken bunny moses
nashville nebraska needle bursary organize ottawa oval pity pond porter portions prey prophet raymond recalled
reduces referendum refugee regulated callum rounded rushed sanders camper satisfy scales seasonal segments sensible
sequel shifted shifting shining slower spinning stanford stepping teammates touches township travelled twisted usb
vienna wade whale writings admire amber ankle armor autism bachelor berry billions brady brisbane bulls bullying
capitalism caution chatting certification characteristic chem clash columns compatible concerts condemned
configuration continuously convincing coupled curiosity delight determining entities exceptions explosive flooding
fortunate fortunately foundations frontier frustrating frustration geographic glenn clipped grande grasp handy
hardcore harmful headache hispanic cloudy incentive inclusive infections jackie clutch joel kissing lanes lungs
madness mandate manga memorable merger minorities occurring coding organizing performs poker portable priced quebec
randomly rankings realizing resign revealing rico robbery rub runners sally scattered searched sexuality shouting
slap steak succession superintendent suspicion sweep tactical talents therapist thereafter thorough tuition tumor
usd variables varying wholesale wwe administered affiliated copied apples architectural artillery assembled
bangladesh barack beaches bees boarding bothered canvas canyon casey cheek chen cincinnati circular circulation
clearance closes cousins coincidence comedian commands commissioned concentrated conscience cooler countless curry
dame deceased dedication defining detention disputes drake employ enforce explicit cupcakes explicitly eyed florence
flu forbidden fraction infantry integral darker investor janet judged katie darren kidnapped lectures lightly
linking maintains marble maritime melt modes monica mumbai nominee def oath offence packaging patriots pee pillow
pirate polar prediction preview processed pursuing deletes puzzle rapper rebecca reconstruction renowned revelation
sara scholar disappearing sharks shoots skirt socially spa spike sprint stir stuffed substantially suburbs superb
distractions supposedly tab tendency thatll dobsonian theirs toes touchdown traits trek tricky triumph uber
underwear unto viable waist welcomed wit wreck absurd accessories adrian advocates ambitious amid annoyed appealing
appointments ducky assumptions ballet bargain binary blend blogs brake businessman cab chi col collision colombia
compassion consumed corrected correction cough easiest critic czech defenders denying depot distress documentation
doubts dramatically drank dudes eats elegant elevator ellis edits exchanges excuses execute factories feast finland
frederick goin herald hike hollow homeland imported ing internationally iraqi itunes kane lame licensing limiting
locker mainland marking meditation messenger metals missiles munich norwegian philosophical es pierre pipes plasma
plea punish purse quarterback reagan ref relieved replies reservation rhetoric rivals rushing salvation evie
sanctions secular sensitivity shane sigh sixteen sovereign specifications spends spouse stat supervisor synthetic
teaches tense terrifying toyota tracked traders troy expires varieties vegan waking walmart wang wilderness admits
adviser aggregate anal anatomy annie announces falcon applicants automobile barnes breasts fanart cement chess
citing colonies favouritism composite consequently consist councils fe cox curtis decorated delegates dreaming dull
enables fare fashioned feared float generator grind grinding grove guessing gum hobby hunters idol illusion
incorrect jun filters junction lance leap locate locks lou lynch manages masses medicare modeling motive nazis
neighbourhood networking newer newton oppose optimal overtime packs permits playstation pops postal predictions prep
profound fountain prosecutor rebellion recipient refund remembering rescued risky robust gifted sci sep shareholders
sided simulation sober spice squeeze storms supervision suspects swept terrain terrified gnome themed threaten
thrilled towel goggles trio tubes unconscious und gran varies vegetable verified vibe grannys virtue wishing
workforce grim zombie acre airports alot amen andrews arise ashes automotive battlefield begging berkeley bloom bore
bundle butterfly buys casualties catches chad clown committees conjunction costly cows cries cuban cycles header
davies descent desktop dial healer directory disabilities discharge discusses heals dodge downs drilling drums
elimination enjoys espn hehe ginger governors halt han henderson ibm imaging implied impress inability incoming
isaac jar kay leicester liam litigation mentor hola merchandise minerals miners monk neighborhoods norm obtaining
occupy offended orthodox overhead pac painter partys perth pierce pistol printer prone raiders readily reflecting
regiment remembers reunion revival sanctuary satan satisfying seas securing hrs sensors seoul shells siege icing
sixty sleeve sonic soundtrack immature speeches spine steering substances sullivan sustain tenure texture thankful
translate treasurer triangle int unclear upgraded venezuela venice intro vladimir wizard yankees absorbed affection
airplane altitude athens attributes baked beautifully betty biblical bmw boo jk cardiff collapsed coloured competent
countryside cracking crane debris jumper delegation demographic descriptions donor kart educate enabling enrolled
kestrel enrollment essex exceed excluding expressions fierce forgetting gabriel kickflip garlic gaza gratitude hail
kiddo heroin honda hooked illustration impose indicator inequality ins kingsbridge interpreted jamaica joey joshua
journals lend knightowl leon lounge luckily manuscript marco marines mint molecules montgomery notification nova
oakland outline pasta polite productions professors quicker randy receipt reliability researcher lanterns retailers
reviewing romans runway lasagne sculpture senses sensor seth sharon showcase smoked subsidiary tampa tenth theology
topped trails underwater velocity leah venues wax wikipedia winston yu accountability aerial albeit alcoholic amazed
ambition ammunition leggings anthem architects automated leotard batch borrowed carson catalog liams catalogue
charitable christine clicking collector compliment consisted continually coordinator damaging danish deployment
drafted enjoyable exotic exterior feminine firearms fury genocide glance glow headlines hebrew hometown humanitarian
hungary idaho immunity implementing inherited killers labeled lebron liberation likelihood lone massacre mitch
nationalist nationals necessity nickname nixon observer offshore optional papa parked paste pioneer plaza prescribed
pressures prosperity recreational reds refuge mango religions renewable richardson ricky rode ronald sack
settlements sheffield shortage skies smarter smiles sphere sponsors stamps stare suburban sung maxed suppliers
tablets terribly territorial thirds thriller toss transgender troubled turtle verbal violated vocals wool yang
accountable advocacy aftermath aggression analyzed mentors arguably armies armstrong messaging assessed attractions
balloon beers bells blamed blunt millbrook bosses brakes brigade bulgaria minibus burial canceled cardinal champ
champagne cheated chinas chorus moat chrome clarity classics cleaner combining conclude coordination cracks dancers
delaware directing discretion ditch dome dope mummys drought ducks dumped elevation mute entrepreneurs epa esteem
eva nanna explored finances finishes fog framed fucks gesture ghana gibson gif gilbert neonfern gosh griffin
historian horizontal nether hospitality hostage hottest individually inevitably jeffrey kenneth nightie lakers lasts
leagues leslie nobodys listings literacy marriages mcdonalds migrants misleading moisture obvs monument mortality
notices obsession opt particle peanut penn persistent personalities petroleum okafor pharmaceutical progression
quinn rack rebuild recordings rejection relaxing reservoir respects scrap organiser sebastian sensation shaft
shepherd shuttle slope snack sounding specialists spotlight stabbed stern overprotective striker sudan sued pads
sums sworn tel terrific titans tomatoes tory trafficking transparency trinity unemployed unite para unlock vault vet
vince wagon walt withdrawn accessed adverse aiming allah alumni ana pcs awhile aye bastard behaviors bikes biography
broker browser bury cellular cocktail cod conditioning consuming contracted costumes counseling crews cubs cuz ping
dangers designing destructive develops dislike doubled economies embedded emerge excluded expects farewell feeds
fist fond foolish frog fry garcia popcorn hacking heir highlighted holocaust homer hon hopkins imprisonment
indonesian irs jenny lacks landlord landmark lanka launches leaning liable lifes memphis midst misery practised
module mommy monroe mosque moss museums mvp nursery obamacare onion perspectives peru prob phrases plague plains
positively powell prevents profiles pursued raids recruit resting qa rex rogue roosevelt salaries qt seated sharply
showers sincerely sings solidarity specialty supernatural quid surprises tens thirteen tomb touring traces trademark
trim umbrella utilities voyage weaker raining willie yields abbey accepts adjustment ralts andrea assignments
attachment baron beatles belfast blah blaming bomber candle carved choir coconut committing comprising confession
consume corridor credibility credited critically dem distracted dolphins estates ferguson ferrari fools fourteen
geometry ghosts reminders gossip grandparents haul replying headphones highways holly immense imports incentives
interfere intersection investigators juvenile karma reset knocking kurt leaks leverage lining luther manila revision
mankind mapping masks med rhys metric militia naming ncaa roach nike node obstacles opener overwhelmed performers
pointless poles preferences prompted proximity qualification qualifications ranger rendered rented reversed robbed
sadness salty scenarios selective seniors shiny socialism sour spoon stressful scouts stretched sucking teddy
tenants screamed terrace thief transported tribunal screenshotted undoubtedly uniforms villain scrim whistle wifes
workshops yale yearly yemen abusive alley announcing appetite backyard beth beverly bids billboard blades boris
bully burke cables calculate calculations chicks conceived consult crashes crowds cunt damned shh dissolved
distinguish dominate dynasty economist endorsed europeans examining extensively fda festivals forehead foreigners
forgiveness gem glen graves gregory haunted hayes heather hiking hypothesis illegally illustrations inclined
informal jew skating learnt lending marker marsh sm marshal maturity sock minneapolis molly morrison mtv muhammad
neighboring neighbours ninja optimistic outlined owl parenting peaks pharmacy pools preparations problematic
proceeded processor promotional pros prospective psychiatric regulate renaissance repeal reuters riots roast
robertson saga salon seventeen shields spiderverse sliding sodium surplus swallow systematic theaters transmitted
spoiling tuned unacceptable unaware uncommon underway unified unstable upstairs vague wee woo abs abundance
advancing alberta ant antique autonomy baptist behavioral biden breeze brett browns canadians carnival strips
commodity congressman containers cooperative coral correlation correspondent coupon covid crosses curtain curves
subs defines delivers demonstrates dodgers dough dug endangered envelope exhibited fade fatigue fellowship fictional
fragile fringe fulfill gaps granite greens handbook hardy honors indias syllabus insights instinct inviting irony
sza ivan joyce judgement judiciary jumps legion lethal lively logistics lowered lynn maid manning manuel tbf maple
mickey midfielder mindset teamapp mistress moms mon monkeys technic morality mortal mounting nonprofit theo nsa oils
operative outs owed panama patches pickup portraits pouring prestigious prompt thru quantities radius referee relay
rig risen rows sacramento tick scroll searches smiled ticked snakes sovereignty stunt subjected sucked sunlight surf
symbolic sync taxpayer tempted thrust trevor trilogy url weights wheelchair whore wiped yahoo yourselves
accompanying accusations acids administrators aired allowance andre apologies arbitrary atm autonomous averaged bait
bark bets blogger brighton trainers brotherhood buddhist cakes carriage celebrations censorship clarify climbed
compilation composer comprises constitute correspondence cowboy defendants desirable devastating diagram dismiss
editions erected explorer tues farther favorable feminism flaws tutors forums freed galleries gasoline genesis
geographical governed governmental unreal grandson halls handles heavier herbert hints husbands incomplete
incorporate interrupted ivory kerry vent kirk lang lengthy levy manipulation merchants misses mlb necklace niche
nina obrien obscure peterson popped porch portrayed possessed weekdays princeton proposition railways readings
recession richards rim seals secondly sequences settling sherman spinal spiral spit splash stretching successive
superhero taxpayers therapeutic timely tomato tub ufc undergraduate undertaken uranium utter vietnamese volleyball
walsh wires yell advertisement wobbly analysts analyze atmospheric bangkok batting bitches bracket branded bryant
cairo cardiac catholics commanding confirms confronted crashing crawford daylight dee dems devon disclose abt doe
donna elbow encourages enthusiastic envy establishments exile acces exploitation felix futures gel genetics goose
grill grounded ache hating heel heroic hut acne inmates instructed ira jenkins johns knives louisville malaysian
activation margins marina mat melissa adeyemi milton miranda monopoly nash admins nationally nobel norfolk outrage
admissions owning pains paperwork pdf pitched poets poisoning promptly que rains recovering renewal repeating rifles
robbie ruler screams sellers sights sincere aha skiing slaughter smashed aime sox sperm spill steadily stripped
supplier swamp swan airpods switches synthesis tasty tattoos aligners teammate testify tolerate tournaments allergic
travelers treason trustees allergy urine vanilla vermont vic vii violet weighing wendy afghan afterward agreeing
ahmed allocated appealed applause bald barrels boil borough ammonia boyd breakthrough calif charities cheering
chooses churchill combinations commenting competitions cone connects convey critique crushing curved cyrus decay
declining depressing dessert destinations diagnostic diane differential discourse distances dominance donors
downloaded earths economically anos entertain evaluated exploit fireworks flown floyd founders freeman anyones
gandhi gateway guarantees humidity humour imagery imply indicators inherent inland inning innocence investigator
isle ivy justification apprentice katherine licenses livestock liz llc mafia manners arenabot merry mick missionary
nationalism naughty nepal newman notified notorious obey olivia organizational ascent outfits outright overly
oversight ashford panthers persian phases photographers asses polling popping prisons prototype pumpkin pumps
punched ramp rand reactor reef refined refreshing refusal reinforced remedies sage shave sickness simpler sinking
slots autocorrect staged startup statute stems straightforward strengths suffers superstar telecommunications
thieves thoughtful ayy tissues toddler utilized vicious babyish victories vikings vodka wholly babysit accidental
accounted addicted adjustments babysitter apollo archbishop assassination athletics basics bats belgian bibliography
broadly calcium calvin candles capita certainty bananas cheeks chickens christina citation clues collectively
commercials commissions compression comprised confess confined congregation consolidated coordinate coordinates dana
declaring decoration barspinii decree definitions deliberate despair discovering dividend dragging drift bcuz dye
eden educators electron bday endure enzyme evolutionary exhibits extensions fellows fragments fraser fuels
geological globally grams guru hacked hans hatch beginners hindi historians hm hormone inadequate indianapolis
infinity intentionally joints kilometers labs lace bens libya losers louder maiden bexley marching marketplace
membrane messing metallic methodology modifications monitors murderer nap nickel niece binocularsii nominations
numbered offerings overlooked birch pardon partnerships persuade pier bites poured practiced predecessor premise
bitrate quiz rainfall recipients reckless blackbird redemption relates relied remedy replay rooted scent blazer
slate spells stimulus strengthening structured sunrise surge tagged tags tapes tee testified timothy token tornado
tracy boiler tunes tunnels twilight unprecedented bootcamp vagina verses vocabulary wellington bots whoa willingness
woody worthless yacht aberdeen absorb accompany accord bounty advancement albany algorithms alt alternatively anglo
archer asap boxers assurance barber bash battalion bracelets bidding boycott bricks bruno buddies bulgarian
carpenter ceased chester competitor bras creators cuisine detained dioxide brb dolls doom dubbed eclipse eighteen
eleanor elephants enjoyment exhaust expired flee forbes forwards fries fundraising gal glimpse hahaha hawk healthier
homemade honorable infectious inferior bridging injustice inquiries insulin interpret jackets jill kindle brookfield
lid lindsay manor masterpiece melody memo mirrors myanmar narrator nate builders nets nsw obesity partisan bumpers
planting posed possessions privileged prolonged promo protestant busines pumping pupil recruited reliance relies
reluctant relying respiratory buzzes retention rewarded ribbon rochester rodgers roommate rotten sands schedules
selecting shah shawn campers shotgun singers snapped sofa solomon southampton spoiled stephanie submarine suburb
surgeons canva sympathetic taxation temper undergo carpool venus weighed acquiring additions admitting cartwheels
afl aligned allan altar arrows atlas austrian catalyst automation awe balancing banning cb bishops boeing broncos
burton caesar canadas cans cello carroll cavalry clara coffin collectors colorful combo communism conductor confront
constraints crow davidson decisive decorative definitive disclosed displaced disturbed diy doin epidemic chilling
eternity eugene evolve explode chills extraction fatty filthy fletcher choc flush font freestyle hairy homicide
horns inheritance introduces ironic lacked lin luggage lyon madame maggie marion mel melting microwave midwest
minimize clubhouse modi morocco natalie ops cobble organisms originated ounce pablo peel pensions performer picnic
practitioners predominantly primitive providence psychic psychologist puppet reproductive requesting responds
restrict retiring retrieved ribs righteous rivalry rosa royalty sandra sausage seize sim skeleton spicy sticky sting
sufficiently thankfully thrones traced trent trusts twentieth cons unpleasant unrelated ussr vacant vicinity wan
wandering wardrobe warmth weaknesses wines wired amendments analyses assessments assisting australias axe
backgrounds baldwin belle bombers bonuses bred brexit bubbles buddha bulletin capitalist cautious clinics
commitments companions comparisons constable cooperate coordinated cosy counselor curb dances deeds destined courier
detached devils discounts distribute coursework dong edgar efficiently eliminating elliott encouragement enforced
evan explosives faction fascist feathers coz fixtures flooded fuller gamble goalkeeper grandchildren guardians
harmless hearings hesitate hid hips hopeful horny hungarian hygiene iceland imaginary imprisoned inconsistent
creeper iso jared johnston judy kindergarten latino lopez loudly mechanic megan mls modify neglect northwestern
offenders cupboard oppression patriotic phillip pictured curtsey pitcher playground populated poses positioned
prejudice preston probable probation projection promotes pumped daddys rails raven receptor rehab remake rendering
reproduction res reservations rey rhode shrimp dans similarities skins slopes spelled spokesman springfield stained
stall starving strap subjective surround surroundings sweeping swinging tearing traumatic trillion tucker vatican
vendor watts yr abbott aboriginal academics adopting alignment allison amended apparatus assumes avengers backpack
balcony banker bliss bodily buffer calgary chapman chopped collaborative commenced compensate compromised
constructive conventions cosmic crystals daisy definite demonstrations departed depths developmental disco
distraction dom dorothy doses drawer drones durham ecological ecosystem elvis euros exclude exempt didcot faint
fertility fines finn floods flynn foam folded foremost forge greenhouse hears disappears hierarchy ideals identities
installations invalid jade jointly jung kits lancaster lightweight lowering discordd melted metabolism neglected
negotiated negotiating negotiation newborn newport nodes notch omega onions dob packers paired parental parody
parole participant penguin phantom photoshop pitt precedent prevalent prom promotions python qatar questionable quo
regrets dormice render respondents retaining romania sailor seventy shouted simmons sims sociology somerset dq
specify splitting stab supermarket sweater tenant tensions thomson tortured traction tractor trout turnover uganda
universitys unwanted upgrades valentines variant duelist vegetarian vernon visibility warnings duet wherein whiskey
worms wyoming aaa dvla abundant africans alexandria dw analytics antenna attribute bankers branding bravo busted
cardinals carrie certificates charleston chop circuits clifford cody coleman commanded commissioners communicating
comparative complement edexcel connor conquer conquest contested continuity cornwall crawl credible elastico cursed
deepest defects delightful depicted determines digit elm doomed drainage drowning elmwood embarrassment equations
evolving exploded fairness favored felony flats emailing flint floral fortress fulfilled emergencies fundamentally
grabbing guts hairs hammond handing hearted herb herd ideological immortal incumbent enchanted insider insufficient
interval jelly endgames kanye kidnapping kilometres lenses lick literal lunar maternal matthews maxwell mccain eoam
mcdonald medicines memoir messi miguel modification mold nailed napoleon neighbouring nigel objection obliged
observers occurrence offspring outrageous packet patents esports pathway peach persuaded plots essayii polo
presenter proclaimed prohibition evaporation prop recognizing recommends registry relieve remarkably repaired
rotating sanchez sandwiches satellites scar scripture seating seminar shores silva simplicity slightest softly
specimens starbucks stereo supplements surrey sustainability symphony tesla textbook theological trader undercover
valentine vegetation vein velvet vendors viewer webb ez welcoming whales wheeler worm facecam zombies accountant
activate alison amusing arabs beams behold betrayed biased billionaire bloggers brewing brooke bypass calculation
cancellation cane capturing cedar celebrates claude concentrations concludes corpse crab cruelty darwin dawson
decorations dementia demonstrating designation dice diploma disasters discharged fiddly dispatch disputed dots
duchess dunno economists eds elders exceeded explanations extinction factions foil formats freddie gardner geology
gerald graduating gram greene heath heavenly fingerpicking hormones horrific hugo infants insect iris issuing lifts
locking logging lookin maurice medications mentality metre miracles nascar neural newsletter nineteenth nitrogen
norms oceans flamingos patricia paulo payroll fleece phenomenal philippine photographic pinch polished pots
predictable privileges prix professionally protesting protocols pushes queer rebounds flips reckon recycling
restriction resumed resurrection rover scars scholarships fluffy shannon shelves shipment slut flute sparks spatial
stainless statutory stellar stockholm stripes stubborn summoned sussex swords syrup follower tackles tamil tapping
teachings tightly tina tones tories transplant traps turf twitch unlocked unusually unveiled vaccines veins ventures
vip visions voiced volcano warmer fresno webster weddings yelled zach accelerated accomplishments advertised
advertisements ark assaulted atoms attach frisbe awaiting bayern bind blessings blu bluetooth boiling borrowing
bowls bradford bum butcher chandler cheapest communists compares conception congo funnier counterparts cue deed
disciplinary dreamed dwarf eighty elena eligibility embraced enacted endorsement gala enlisted eyebrows fcc finite
flagship forensic forthcoming gallon glowing glucose gemma gore govt gown greedy halo hilton ideally identifies
improves infamous inspirational internally kashmir knox lateral leigh gimme lent lib lifelong limestone liner majors
marched marrying github memes mentioning merge giveaway mesh migrant mohammed monitored gl moron mortar myths naive
glas nat noises norton noticeable goalie observing omar opted palestinians paula paypal pedro pens godmother perfume
pitching pleasing premiums goldfish prestige protects pyramid realizes relevance remotely resorts retailer goodnes
rica rigid rita rom ronaldo sailors samantha sampling settlers shattered signatures spacecraft specification spiders
grandparent splendid strokes successes summers grans supplying telescope temp greenfield tended terminated textile
thatd thickness threatens tossed greenlight uae ucla unreasonable unsure griefed upwards utilize valuation
veterinary villagers violate vivid waving accusing gros aided alexis allocation amusement antibiotics anticipation
appropriately arrests arrogant assessing authorization gtg auxiliary baggage beacon guapa belts boxer briefing brook
budgets canterbury cartoons gymnastics ceramic cereal challenger chased gyms clergy coats cola coma hahah
comfortably commanders compass considerations consultants contempt contributes credentials haircut croatia cured
descended disappearance doyle drowned drying dwelling dwight ecology einstein eli hamsters elliot emergence enclosed
endurance equals erotic evacuation exceptionally exchanged expenditure favors hartley fernando folder frequencies
frightened headlights gavin groove hbo hedge homosexuality icons ingredient initiate inserted interventions invaded
ironically istanbul jacobs jealousy jewellery joker jonas kingston kisses laden learns limbs lionel liu mccarthy
medicaid meta mil mit newark nod notebook offline offs helpline overweight palette payne phenomena pneumonia
policeman postponed potent preceding predators psycho rainy hinge rams ranged recognizes renovation histogram
reverend rewarding rust hog scots scrutiny seizure serum singular sofia storyline hollis stray stud subsidies sunk
holt supper systemic tempo thereof thirsty torch transferring homeschooled tumblr turbo unchanged understandable
upright uprising vain vanity violin whereby whisper worthwhile horsefly acceleration aerospace aluminium analog
analytical anticipate arlington arose asthma aurora averaging hugs bacterial bankrupt blink brighter carey castro
ceremonies chang childish chili clayton clearer coil combines commodities confessed ia constituents contention
converting covenant crafts das denies devotion idc dilemma dis discoveries disgrace dixon emirates emmy employing
employs escaping ethiopia ethnicity ik eventual excel exercising faded firstly flavour flex fluids franco gangs
gases genus gloria glove grabs grammy grapes greed greet hank hose impacted imposing inflammation innovations
lambert lamps longtime madonna magnet mann metaphor millionaire motives myers mysteries negro nightmares notify null
ole invites oriental owing pact paramount paranoid patriot patron pearson iogb positioning preserving proxy
quantitative regain reminding renew isla resemble retarded retro revolt rightly roasted ruining rumor itchy sacked
saddle schmidt schooling sherlock shirley shrine shrink sniper solitary sorrow squares starters stoke sutton talkin
jellycat taller termination thames thigh jen thrive troll ty uncovered undertake unpaid unsuccessful usc vest vine
violating viruses jos warns warranty weakened windsor josephs xxx yen zimbabwe admired airways aisle almighty amino
ants jpeg apparel arbitration arising artifacts ashton atom auburn awakening bedrooms bilateral bleed brace burgers
captures choke kaylas cholesterol classy clicks clyde compelled concealed condemn confrontation kerb constitutes
contributor cpu damon ketchup deluxe devastated dinosaurs disguise kez dismissal domains empathy ensemble ernest
feasible flawed kian forged generals genres gettin goats grease greeks guessed haiti hallway harley heavens
helicopters homosexual hulk hydraulic kk impulse incapable indies inflammatory knit insanity insecure institutes
integrate knitting intentional ish jeep knot laboratories landscapes lebanese lecturer lust marilyn markers lagging
mayo michel microphone miniature laggy monks motto mouths murdering nationality natives nottingham obstacle
occupational onset owes landline perceive persecution petrol philosopher photographed pits pixel plantation lantern
presently props prose prostitution quoting radioactive rang razor realization reconciliation removes restoring
reunited rocking rory royals rug sacrifices salvador scanning shaping slogan specimen sponsorship steals steer
stefan strains strawberry strive sunglasses surfing tate temptation thrill tile tonnes tow translations trusting
turtles unarmed undertaking unfinished unhealthy liches unlawful unpopular vanessa vanished lifesaver verb versa
viii volatile voluntarily whitney withdrew abnormal accredited lighthouse accuse ada adjusting ample analogy
analyzing apex apocalypse appliances assholes babys backward lightroom badass barred beck bingo blogging bon boulder
brock calf cambodia capt clarence coating commentators consolidation continuation convictions convoy litre cork
cosmetic cubic cyprus lmk declares defeats defenses deputies descendants detector digest diplomacy directive
disadvantage disruption lobster distract downward ebook eco emphasized energetic engineered fest fills friction
fulfilling funk greatness grilled guiding hackers logged hazardous hooker hopeless hourly login illustrate imo
impressions indirectly induction infrared insists instability installing irene irving loot jacques jong klein
limitation linguistic listeners litter lowe lump macro mag magistrate lowkey marginal masculine milestone mug luca
municipality mushrooms ned neurons ninety nutrients observatory openings outdoors pedestrian penetration macbeth pod
posing predator preferably maccies programmed projections prophecy proudly maddie rebuilding recorder recurring
relaxation magician resembles respectable respectful richer rodriguez roma romeo routinely rubbing sailed salute mam
scripts scum serbia severity shady shutting sketches slack sleeps slick slowed slowing spontaneous starred stationed
mashed sticker stove submissions tactic template teresa texting theorem theresa tiles tore tract treaties tri
tribune undergoing unexpectedly upward val vera mee vista vogue volcanic wagner wildly winding acclaimed accumulated
adore meetup afc akin alphabet announcements appoint auckland baseline beasts benedict beware bieber bisexual
boulevard bracelet capsule captive carr merch cha christie chronicle cinnamon mes comprehend compulsory confederate
contaminated contamination contests coping corey mgmt counterpart creed crisp crust cutter daring delegate deploy
dietary dissertation dividends domination middlegame downloading emission evaluating midfield everton expelled fin
fined flora folding fracture frances milo functionality gamma gays gaze genome grains grape gravel minecoins haired
hangs hastings mintkit highland histories honoured hustle hyde idle mocks indictment insulting irregular juicy
modded justices kardashian leaking limb mack mammals manually meaningless millennium misunderstanding modelling
modules moody nam needles noodles offender oracle overlap patrons peek pentagon peters petersburg porsche pos
mornings pottery prairie premature msg psychiatrist quad quartz quitting msgs residency resolutions responsive
richest mummy roar ronnie rooney rot rulers salem sank santos seahawks sidney sleeves songwriter muted sophia spear
spies stain stella stimulation stranded stretches stylish sur tasted technician temples tidal transcript nanas
treasures trench unwilling nani uruguay utc validity variants nannas varsity vows vulnerability nans wesley
whichever whipped whove wrath yuan zen abuses accomplishment acquisitions aide allegiance apt attracting bali
bangalore bans battling beads beverage brendan brent broadband nicer bumper butterflies carlo nicest caves chalk
coaster nikki coated constituency contingent cornell noodle corrections costing councillor cyclists nosy daniels
deprived diplomat disciplines notifs dos drained eldest emphasize nvm entirety everytime exodus explosions fallout
feather figuring financed obs firearm fisheries flock flyers footballer footsteps forestry ghetto helpless
hemisphere hides housed hyper inconvenience incorporating ocr injected insured intends intervals intriguing invasive
ipod irrigation killings lastly liberties lipstick okk macdonald manipulate mart martinez meyer midlands midway
minors ooc moist monarch monte monuments oof mortgages mourning mustard negatively neighbour nissan norwich nothin
objections patterson persona plaque plymouth poetic preach preaching princes proposing orchard punjab purity rabbi
ramsey realism receipts retrieve rhodes scheduling scoop scotch scrub otxx separating sewing shale shin shootings
simplified slipping smartphones sol solicitor sophomore spreads squadron squirrel stalin stickers stigma
strengthened taco takeover paints taliban tapped thor thumbs tinder titan trait traitor truths underestimate
updating urges wallpaper watt weighs willis willow addict ale paracetamol api archaeological assistants banging
parentpay bathing bending bengal betrayal parkside boiled bonding bounds breeds parque britains byron cardiovascular
chic parsnips clone clusters communal compliments consortium controllers copying countdown danced debating
decreasing defect disastrous displaying drown drummer durable efficacy erik passwords erin exaggerated exclusion
exhibitions exploited extracted faults filipino pastels flashing freelance gerard gin girlfriends granting greeting
hawaiian headaches honeymoon ignition impaired pdfs incomes investigative jewel jupiter leonardo manifest marx mets
mourinho mutually navigate oneill pellets obese outreach overlooking pandemic passages perceptions perimeter
penguins pike piper preacher preceded procurement protector pulp rabbits pequeno ransom recruits reel refs perch reg
reinforce restart revive rigorous ringing rna scenery selections sensory shelters sidewalk skeptical pfp sleepy
smoothly speeding staple pharmacist steelers stereotypes stirring strand phew stunned suppression sushi suspend
swelling tails terminology theatrical physiotherapist timer travellers trustee turnout tying unanimous unpredictable
urging pickaxes validation vengeance verizon visually waits wakes weighted wii zhang acc activism advent airborne
alas astonishing bakery pikeii barracks bart bathrooms baths believer benefited blankets borne pix brokers bunker
caffeine capped carlton chaotic chargers cite classrooms commentator commercially confirming plat confuse
contributors copenhagen cosmetics playdate coward dammit dell dent playlist depart destroys detectives diminished
pleasee disappoint dolphin dove dumping dunn dusty embracing plumber enduring enlightenment fibre finnish plummet
fixture focal friendships frightening fucker gardening garrett garrison gears generates gladly pooping goodwill
govern gradual greetings poppy groceries hacker hal harness hashtag hassan heartbeat heh highlighting honourable
illnesses imminent inaugural insulation intern irresponsible jakarta johannesburg judith kathy lag lays lenders ppl
locality lure malicious mattress priestley meredith merged merits mist mole molecule monarchy mormon muscular
neutrality noisy notre orgasm otto panties parcel partition peculiar prayed prefers proposes proprietary prostate
protagonist punching puppies rafael randall rant promoter rash realities recalls receivers pss referenced
reflections rejects replica pudding representations reside richie ripe pueblo rituals roberto rodney sac sacrificed
sane savior scenic sip slapped snail somalia spotify spun statistically stimulate strangely surveyed puzzles
susceptible theodore thighs tipped pva toby toilets torres translates pygame translator transmit trophies tuning qe
unsafe verge vibrant qs wander wong yeast abdul absorption quadratics accelerate advertise alzheimers quieter
apologise aspirations assassin assign aston audi backlash balloons raj bbq believers blockchain bonnie brewery bulb
cardboard casually chartered chew circumstance cliffs rbx collateral congestion conquered courtney creditors
criticised criticisms crossover realms crunch curtains daytime debbie reassuring deliveries demise dependence
deutsche rec dictator diets differs digits dime dire disagreement disciples disregard distributor dominion downhill
drafting dreadful drunken earnest eng erase evacuated exp extinct forbid forgiven freezer genetically greeted hare
healed herein hoffman honorary rents imperative ineffective interacting jerome jess julius kumar repeater kuwait
laps lester manly req marvin maternity meanings misconduct morale needless respawn nerd nokia nominees notifications
novelty optimism optimization outdated oxide peasants pence retake peppers percy perez peripheral pint pleaded poop
retractor pornography prepares prevalence proceeding pronounce proportions punches ravens reddit remark ria repay
roland ropes rouge rumours russias santiago ridgeway saturated scares screened shaved rink shooters shove skipped
smashing sms snaps soaked softball rly southeastern spears specials spectators spur stevie storytelling stumbled
stupidity suppress sweating swings tangible tara textbooks robuxx tilt tonights tougher trivial turks unofficial
veil versatile rodrigo warsaw zoe acknowledging alec anthropology artery bamboo basil blackberry bolton bombay booze
brennan rotas bronx buzzing caliber cbd roundabouts cellphone chord clare concessions rufus contracting cooks
corporal courtyard crafted crest crowned cynthia dang deception decor defeating derivative discomfort dominican
drastically driveway duel edwin elf evenly exemption fashionable fetch fishermen flipped formidable frankie
furnished fuzzy gibbs gmt gothic graffiti grenade guitars sails hague hamlet hampton helm herbs herman higgins
highlands sami honours hooks html hugely hypocrisy imagining inaccurate inception incompetent indefinitely intervene
japans jerseys jessie jules katy kin kirby kobe kris laurie legislators loneliness loops mae scooter malaria
manifesto manuscripts masked maze methodist monaco monastery morals mutations naomi narrowly negligence nexus
nightclub numerical obsolete offences optic panda panther pauls peas perkins posture prague preseason qaeda raging
receptors refresh resonance ruthless salvage samurai sasha satire saul seafood shakes signaling simplest sharpnes
slash spaghetti speedy spying staging standpoint statues stein sway tasting tempting terminate torque towels
trailers transforming shirtles trinidad uks unconstitutional undermine underwent vacancy var veto villains
vocational wenger wickets shortlisted withstand woodland zinc accustomed adequately ahmad alicia amazingly ambitions
applicant approximate assemble averages baghdad ballots bam bargaining barrett bates baton beginnings births breakup
brew bulldogs camel canberra catering checkout chefs chronicles chunk simultaneous classmates coca cocoa comet
compartment compositions conditioned contestants skateboard cooled corpus coupons cove cozy culturally currents
deficiency deported deposited derivatives deserted dictatorship disrespectful dread dub dummy ecuador edmonton
electorate enhancing entertained erosion explores slabs expo favourites fibers fitzgerald flank flare fleeing
flirting forex gallons gamers generators geoffrey goodnight gus handmade smurfing hartford hawkins hazards hostages
icc incidence intimacy italians snapchats jul kat kerr kitten snoop knicks koch lagos lender leone lever lisbon
marketed marty mileage morton multiplayer municipalities mutant mutation mythology neal nile nolan northeastern
noticing nun nutritional pathways pedal pest pillar pitches plausible pledged poly polymer precipitation prosecutors
sop protections pup quarantine query sophies raf rallies rapids reacted restraint rests retains revived sova rift
romney russ salesman scarlet screws sensing serena spares sewer shipments shits smack sonny southwestern spared
spins spokesperson stalking standardized stitch substrate sultan supremacy swallowed splits swell symptom thanked
theoretically thirst transitional tuna unused valleys viewpoint vinegar wards spoiler warrants wig accessory
advisors advocating spoilers affiliation aggressively align allergies amnesty angus anita apologized spond assad
assertion astronomy atop attic attracts australians autobiography sprinkles await bastards becky bing spruce
bothering broadcaster buddhism buds spurt cache carmen carrots cds chewing clintons coherent squirtle comrades
conceded condo conflicting sry conrad consulted criticize crooked stacks cultivation decreases dicks ding
discontinued displacement disrespect distorted divers dividing dow downloads drastic edible edmund emerson endorse
enhancement fax fiat fiona firefighters flick fowler funky gag gee gigantic gill groom guarded guitarist halftime
hamas hash helena hogan holden hydro illustrates inactive inputs inspect inspections streamers inspectors instincts
interpretations knots lana laurel lawsuits leftist legitimacy linkedin lizard lyric maximize morally mushroom naples
nigga noel occupying organizers subtract owens paradox peacefully periodic philly plead podium portray practitioner
pradesh progressed puck summery ratios reconsider redskins reductions summon refrain replaces reproduce researching
rigged rite rum safari saunders scaling scorer seldom swaps shareholder simone sis slams sweets slices soy spilled
squash swollen stacked statewide stationary styled tabletop subdivision succeeding sunderland surrendered tar
tariffs temporal tracker turbine tyson unavailable tame universally unlucky utilizing volunteered tanya vomiting
warden warp whisky whod winters womb yogurt abe tasha abolished abusing algeria alpine tasteful ambient aquatic
argentine armored tease assert atheist balances bandwidth barbecue beforehand bipolar bladder blossom bodys bolts
bombed campaigning canned captains caravan carrot chanting chevrolet clive compressed comprise computational
conceptual tele coolest currencies damp danielle telescopes databases debit demolition denis detailing differentiate
dim discouraged discovers donkey doo downstream earrings earthquakes ebola elites tenner empirical enlarged enzymes
esther everybodys fantasies faulty fertile feud filmmaker formations fortunes frankfurt freedoms furnace fuse fuss
gale gamer tg generosity gerry gluten goodman gorilla guatemala hamburg harvested theorems hath heavyweight humane
humanities inflicted interviewing jedi jennings journeys labelled lawful lawmakers thu leased lena loosely lotus
luna mails malik mantle thunderclan mascot metabolic meth thurs militant missionaries mohammad nicolas thx nostalgia
ottoman paddy paperback tienes paved pavilion peasant perks timezone philosophers pillars pointer policing
predicting presume presumed printers rapist reacting rebuilt tmr rectangular regulator renting restructuring tmrw
ridden rudy sabotage sanctioned toastbear sarcasm savannah scans seekers sentencing sexist shaving shutdown tonite
sic slammed snp stresses suffolk surpassed swansea syracuse tally tehran termed tha thriving timed trending trolls
tucked tumors unanimously undefeated unfamiliar upgrading vale valencia vastly vile violently wedge wisely wizards
wrecked yesterdays yuri adaptive addictive affinity alloy apartheid arises tt arthritis authorised bale barton tue
beaver boasts brunswick buenos tumble caller carnegie casualty cavity chap cites colts comforting conway courthouse
crank dante darn deborah decks diaries tycoon differing disgust dispatched dissolution disturbance dominic doubling
emerges tysm enclosure evangelical examinations exceeding expresses exquisite factual fading uhh falsely famine
fares feminists uias fiji flavors fraudulent freeway umm freshly gazette geek geo handicap hansen hmmm homage homo
hostility hymn uno hypothetical informative infringement internship interrupt invade irritating jacksonville jasmine
katrina knockout linen lookout misunderstood moonlight moose mosquito motel motherfucker uve mueller narratives noun
valueerror novelist nsfw oaks omaha vanish onwards overthrow paradigm pavement vapes payday perpetual pga physiology
pigeon plateau plc vase possesses possessing precinct premiership vbucks presentations proliferation prosecuted
pseudo vbux reformed refrigerator regeneration regina remembrance reminiscent resentment resin resisted rosie vex
rotary rupert rusty scarce sibling simulator slippery slips snyder soak sorting spectacle stint storey suicidal suv
symposium tabs tailor terminals thrilling tottenham toughest trajectory triggers underrated unidentified unrest
unseen utmost waiter weary wiki wills willy wimbledon witches volcanoes wwii youths accusation adapter adjustable
voucher adulthood advisers advocated affiliates agony armenian astronaut attain attendant authenticity avery banners
bedford benchmark walkout benghazi benny benson beverages binge biscuits bloc bouncing bourbon breaker breathtaking
browsing brutality bumps calculus cancers capitals careless caste cellar cerebral champs chant cheerful cinematic
climax clippers cockpit wat cocktails colon communion condom consul contender crimson crypto watsapp cultivated
curly debated degradation wbu dexter discs distributors weirdo duh dundee elaine electrons whatapp emerald ensures
equilibrium europa whatsap evelyn evidently exhausting extras whatsup famed fargo fascinated fences fetus flaw
flawless fooled forrest gigs grad granddaughter wholl hale helmets hercules wht hereby honduras hotter humorous
ignores incurred indications indoors willowcraft intercourse interestingly isaiah isolate israels jurisdictions
kathleen kendall knocks lancashire lawson lesbians lindsey listens londons mailing woah manipulated mao mare marxist
meadow meadows ministries motivate mound muddy mystic ness nominal norris oconnor wut ordinance osborne oscars
outlines wwi pairing pam parsons pertaining poke poorer portsmouth praising presbyterian prick prolific proportional
prosperous quarry referral repost respecting restless rugged yio sammy sap sarcastic scholarly youthclubmc
segregation seymour shaken sheikh sheriffs shines sinclair sinister stared strait suppressed sylvia teamed tents
testosterone thicker tis ventilation viking weaver weber wes williamson yankee yarn abide accumulation admiration
aesthetics altering anton archie asserted attacker augusta authoritarian avail bahrain banquet barker behaved
bentley benz billed billing booty brackets bravery brit browse brutally buff calorie cdc chamberlain cis claw
collects coloring commence compatibility conditional congratulate constructing converts coordinating cortex
courageous crawling crusade cynical damascus devised discarded disrupt donating donovan drills duplicate dynamite
echoes economical elastic empowered examines exceeds exposition fart fearing fetish fixes fla fundamentals
fundraiser funniest gadgets gaga garment geometric gestures goldman googles gracious grin gta halifax hanna happiest
heap highs hum humility impeachment inherently insults inventor isa jailed jasper jewels juliet karachi kickstarter
kurdish leopard librarian lobbying lumber lydia mackenzie madam marital mayer meds mma multitude muse nanny nineteen
nipples nucleus orbital organism outgoing overhaul patriotism periodically piles plumbing pratt precautions
predecessors protested raced raleigh readiness redundant regulators rejecting remarked resemblance rested rib rods
roth sacks seizures sermon slender sloppy smiths socialists societal soviets spec sponge steele sucker suns
superiority supervised surreal tendencies tiffany titanic tomorrows transitions transmitter transporting typhoon
upheld vaccination valerie valves vampires vibration vitamins wartime weakest wicket winnipeg worcester zurich
abdominal adolescent advertisers airing announcer awaited baba backdrop bae beau begged blackout bluff bollywood
brushes bushes cartel casts catastrophic caucus charcoal cheesy cheryl choking cindy citrus clad clocks coached
coded columnist competence condolences constituent constituted contacting contagious contexts conveniently courtroom
cushion cyclist darkest diaz dictate directs discounted distributing dnc dominating doris dorm drafts drip duct
eccentric educating electro electromagnetic emblem endured expands fabrics facto falcons fascism fats fearful
festive flyer forecasts foreman framing gallagher geared geoff georges giles gina glacier gomez hindus hunted
hurricanes implying improper influx informing installment isles judaism keller kernel kung larvae lexington liaison
lima memoirs miner mosaic mustang needy nichols offenses optics orphan passions patty peyton pies pineapple pissing
plaintiffs plastics poisoned potassium priceless projecting prostitute reflective residing resilience resisting
romanian roofs royce sans saxon scissors seaside semitic shampoo shaun shri silently similarity smelling socio
stabbing staircase stamped steroids subsidiaries swipe tang tango telecom tighter tolerant touchdowns toxicity
trumpet tuberculosis ukip undergone willingly wrapping youthful accents adhere adidas advising affirmative agnes
alarms alliances alma ambiguous archaeology arse attained aus autopsy baltic berries blitz blockade bosnia
brightness bruins brushed burma calculating campuses cartridge cashier cigar circa citations claudia cloak cologne
colombian colt combustion comprehension concession condoms crescent crises criticizing defective denise deportation
deserving discourage disgusted disposable distressed dover dumbass dungeon dwell edison edith enforcing
entrepreneurship eps erie essentials fasting fiery finalists flipping flux fueled georgetown goofy hai hancock
handwriting hassle heartbreaking hector hicks hobbies homeowners ibrahim immensely inauguration incorrectly ind
indicative inexpensive instructors intercept intuitive invent irwin isabel jamaican jockey jolly jorge kazakhstan
kenyan landlords latitude lea libertarian luxembourg majestic mariners mastered mastery mats mccoy metropolis
mohamed neville nominate offend organizer outraged overdose pamela paragraphs parallels parameter pathology peggy
piercing plotting poisonous pounding pretended procession purge reacts relocation rhino riches ripping rosemary
rubbed sandstone sanitation satisfactory sculptures secrecy seeded separates sergio shameful shortest sid skipping
skirts sliced soils springer staples stokes storing summed supervisors tanzania technicians tor transformers
traveler tunisia unauthorized undo unnamed upsetting vans venom victorious vines visuals wary watering wellness
whispers windy winger wordpress wraps youngsters abby abdomen abducted abruptly aleppo alerts alps amidst antarctic
antibodies aquarium armenia aspiring asteroid barbie batter baxter belongings bloomberg blush braves bun businessmen
calculator calmly captivity catastrophe chemotherapy cinemas circulating claws cleansing clears clicked commute
complementary concussion connectivity consulate contend convict craving culinary demographics departing din dir
discrete disguised dissent disturb docks earns eminent encryption endeavor enthusiasts erica escapes everythings
exported fencing filtering flashes fleming flop franchises fraternity freaks frogs fronts furry glitter graveyard
hanged hardship harlem hen hoover implication induce insecurity interrogation intimidating inventions irrational
jaws lamar leafs lennon lettuce liabilities lithium lucrative macmillan malone managerial mandated miley militants
mister moderately mri multimedia multinational nationalists oasis oddly ons oppressed osaka ouch outsiders outskirts
overlapping overs paced pagan painters pals planetary playboy porcelain processors programmer psalm psychiatry
psychologists pubs pursuant recycled renovated repetitive researched revelations reversal rhyme rue safest savvy
scanner schizophrenia scratching seriousness sheila shelby sparkling spree stafford stakeholders stevenson
submitting subsidy sup superficial sweaty tailored tanner taps thinner thugs tipping toni topping tracing truman
upstream vapor veronica vow waitress walnut waterfront wembley winchester witty woven wyatt zack acquaintance aires
ambassadors ambush amend arranging arrogance attendees audrey aussie awaits baptism beirut blames blasting bloke
blond blur blvd boogie booker bothers bowel brightest brow budapest bulbs bureaucracy cabbage canton cater celtics
chimney chrysler circulated colourful compassionate comrade concentrating continents convertible cory crater
creeping cumulative curator dat deity desperation detrimental diarrhea disposed distortion doctoral draining drains
dramas drifting edged educator entitlement esp faux favoured fearless finch fragment fulfil galaxies gangster garner
gil graphs gypsy harassed heater hesitation humiliation impairment impatient incorporates indy insisting intricate
irvine jensen kang kara karate kingdoms kite labeling leasing longevity lore lush luxurious mal mash mba meg
meltdown messiah meteor ministerial mmm mocking monty motions mystical obstruction odyssey onboard oneself org
outsider overcoming palms penetrate phelps phi philippe pioneers plaintiff planners plum plural poe portrayal
prevail prevailing prostitutes publishes puff pun rag rampant recommending reggie regulating repairing repeats
replicate retaliation risking rooftop rooting routing safeguard scaled sedan sentiments sewage sgt shoppers simpsons
sitcom slang slid sparked spices spirited spirituality suitcase survives sustaining tavern teasing titanium trailing
tuck turbulence ulster unesco uneven urgency vibes viktor ware waterproof welcomes whining wonderfully wording zelda
abdullah academia accreditation administer admittedly aforementioned algae alterations angelo apache ariel
articulate asbestos atleast avoidance babylon barney bearings bjp boutique bowie brewer brits buffet burner cain
casa catcher cathy charms chassis chores clap clarification colder concluding consolation consoles corresponds
counters covert crosby cunningham dagger dealings deferred depicting descriptive dialect dipped dolly downfall
downside dryer dunk elijah empowerment endings energies ensuing ensured ethic executing expire fireplace flair
fossils fugitive gpa greenwich gujarat hah hanson haunt hayden hazel hernandez homecoming hurdles hussein hyped icy
indulge inmate inscription interpreter intuition invaluable jaime jenna kaiser kettle kylie laptops lara lasers lax
lest levi lilly malta markings mcconnell mcgregor menace methane mexicans ming misuse mitigate mona nairobi nausea
neurological nicola optimum ounces overwhelmingly oyster pastoral patented pea physiological pioneering pleasures
policemen poo poultry prominence prophets prosecute ptsd quartet radically raping reactive reboot renamed resides
restrictive robotic runaway sawyer screenplay scriptures sect seismic seminary sheldon shelley shouts sideways
sighted skinned skipper slain smuggling softer sonia specs squads stash stephens stimulating strawberries striped
stroll swiftly texans theatres tolerated transcription tucson tweeting uniquely unrealistic vat vineyard viola
waterfall waved weaving welding yah yummy zeus abortions acknowledges adobe adolescents ala alarming alexandra
almond amenities amounted amused antarctica arabian ari asphalt atrocities aviv bach backbone bahamas beetle
blizzard bolivia booklet bottoms brawl brittany bryce burgess butts camden cameroon celestial characterization chevy
choked clashes clint comin communicated confessions conform conversely countess creations cues customary dalton
debuted declines depicts devote dinners diplomats dispose distinctly evacuate everett exits experimenting exploding
exploits favourable ferdinand flourish flowering fractures fragrance franz fungus germanys gloucester griffith
guarding gunfire harvesting havana heroine hilary hoax imf impending insignificant insurer intercepted interfering
itv jonah kerala knowledgeable liberated lingerie lite localities locke logos lurking madden magistrates mai mali
maneuver marrow marvelous mas mattered medicinal melanie mono murderers nas numb omitted originals overlook
partnered pastry pawn pediatric persist personalized planner plaster playful pleading professions quirky quota quran
randolph rationale reap rebound recess redeem reformation regimes replacements residue robotics rocked runoff rwanda
salsa scanned screenshots semiconductor sentimental serbian severed shocks slaughtered snatch sneakers somali spikes
spooky squeezed staffing stanton stealth strained subscribed subset suspense suzanne swearing swore syntax tad
tandem tasked tasmania televised tempered tertiary thyroid tidy timeless tokens uefa unreliable upbeat usable
vanguard vomit vulgar waiver walton watershed weave wilkinson wiring yan adrenaline alexa alleviate amd anarchy ang
ashore aura bachelors baden ballroom bermuda bilingual bombings bonded boosting boyle brenda brewers briggs buchanan
buckingham bundles calcutta caleb canopy chennai cherish chuckle civilized comb completes complexes conceal
condemnation contemplating cores cruiser cruising curl dams dared dart defends demolished denim dependency detecting
dew dickens disable disconnected dishonest dosage doubtful dysfunction ecosystems encyclopedia endowment engraved
enrichment erect erection eruption examiner exercised exeter expenditures fairfax fam fauna feds fidelity finely
fischer flirt fluent footprint fore forefront formulated freaked freshwater fyi gareth gotham grouped halted harden
hardened hateful haunting henri hepatitis honoring horace horrors howe huntington ieee inhabited inherit initiation
injections insulted integrating intensely ions janeiro jeopardy joanna kensington lafayette listener lockdown
mandarin mast matte mccartney mediocre middleton mixes morons morse mounts nfc niagara nicotine nora nordic nos
notions oranges outward overrated packaged packets paige passports pbs peanuts pep piracy platoon presses rave
reactors recreate reeves reigns reno resembling residual restricting robe rpg rye sayin sensational sexism smokers
sneaky socket spanning specifics spouses starvation starve stool stricken stripping subscriber systematically taxed
tex thanking tibet toledo tread tripping truce tsunami turbines turmoil typed tyranny tyres unfit uphold vita
volunteering wal warwick waterloo weeds weir wellbeing wikileaks wonderland wrestler yrs zimmerman zoning abandoning
abolition accessibility acquainted airplanes airs aloud angular anterior appendix approx atp attackers auditorium
augustine barking bauer beckham behaving benign berkshire bleach boast bowen brandy brethren brink bruh carving cas
cass cctv cecil cheeky chemist choi coastline cobra collaborate comparatively compensated competed conor cosmos
councillors crafting cuff curling cyclone dedicate delusional deposition derive descend descending diligence
disciplined discriminate distributions diversion doorway drilled dumpster empower ernst ethiopian europes excerpt
existent ezra fabricated fandom filmmakers filtered foe gatherings georgian getaway glamour heirs humphrey inbox
incidentally infinitely inflated influenza informs inspected instructional interviewer introductory iot jaguar jamal
judgments laurent licking ling loft lois massively mediated mediation merrill metrics millennials modular nico
nutrient occupies oslo outlaw oversee pageant parachute parasite parenthood perennial persistence piers pleas porto
postage praises preschool procedural profoundly prohibit pronunciation provoked quotation rappers registers
relentless remnants repression reprinted resolving ridiculously roaring salisbury scandals scrapped seasoned
shootout sigma simulations somethin sourced specializing spectator speculative stadiums stalls stripe submerged
surgeries symmetry syndicate tae thornton tibetan tighten townsend trenches trustworthy tvs twelfth tyre ultrasound
usher vacations vascular vets watkins weiss wholesome wiley witnessing workouts yielded yorks absorbing adapting
addicts adjoining albuquerque allegation alternating ancestry ankles annex annexed antibiotic arresting augmented
avenues avid avoids badges barbados barge bartender bert bland blended bohemian bong bounded bows breastfeeding
bribe bridal broadcasts broccoli brushing buckets buckle burlington bursts cannes canoe centred chilly chords chu
cider clowns clueless cobb consciously corpses correlated correspond cradle crappy crippled damien dayton decency
deficits despise destroyer diocese dispersed docs doorstep eliot embarked enriched equip faa fellas foley footing
fulton garments glamorous goldberg growers handler hangover haters havoc hee hind hitter hive homophobic honolulu
humid hyderabad illuminated imam implants indicted inexperienced influencing invading irritated jackpot javascript
jurassic kangaroo klaus knowingly kuala legged lex liberalism liberia lithuania locomotive longing lsu mailed manny
mantra mapped marcel mating mckay mesa microscope milky mixer modeled moe monumental moth multiply narcotics nicky
nuggets nuisance obedience objected obligated organise outing overdue overload parasites payable paycheck peaches
peaked picturesque pilgrimage pillows pivot pivotal por pressured preventive primer profitability progressing
provoke pulmonary punishing rad radicals raspberry reconcile regression resilient roaming router routines ryder
sabbath schneider schwartz scouting secretaries seminars shortages shortened shovel skinner smelled smh societys
specializes staggering statutes striving suing surname synonymous tackling tai tallest taped tedious toxins
troubling tug twists utilization volkswagen walkers wink woodward yugoslavia actresses adhd alonso ancestor arbor
astronomical attends attire authored autograph automobiles axle barley beyonce bitten blasted blasts botanical
bottled braces brag breakout bumped bursting catchy cbc ceremonial chanel cheque chilled cho choreography cisco
clarified cling coco coincide comedians commemorate commits concurrent corrupted coventry crocodile cub derrick
diaper differentiation dine disadvantaged disadvantages disagreed dissolve diverted dubious dudley durant eagerly
ecclesiastical edt egyptians elk englands enlightened erased escorted eur exhaustion expectancy famously fella
fielding fingerprint fisherman flap folklore forgiving fractured galactic gardener getty glee grassroots
gravitational grazing guinness gunshot habitats hailed hereditary hiatus homestead horribly horsepower hue idols
ikea insurers intellect intellectuals intending interchange isabella jihad juventus kidneys knob kristen lahore
lapse laundering ledger liga loaf lodged lorenzo magnesium malware mclaren mimic mindful motorcycles mural murdoch
musk mustve myriad nasal nautical neatly negativity northampton noteworthy nuns odor oprah organising overturned
overwatch paddle parrot partying peg pesticides pixels plunge powerless pragmatic primaries quasi quentin radiant
ramsay reese refinery regained reich remorse reopened revoked rhymes rpm sanity scandinavian scotia scratched sears
ser sergei sharia showdown shuffle shuts siding simulated skyline slab sprayed startups stocking suarez
subscriptions suites supplemental suspicions swimmer tao tariff techno teller textiles therapies trance translating
traveller unconditional unforgettable vacancies violates volatility weaken wen weston xavier yorker abel abolish aca
accessing accommodations accumulate admirable adventurous africas ajax alarmed ama ammo amos analysed andreas
angelina anthology antiques anyhow ape arrivals assaults assemblies auditor avalanche azerbaijan badger ballistic
banter becker bidder birthdays blackburn blazing blockbuster blueprint bodied boosted bowler broadcasters byrne
cadillac cameo canals caramel cassidy charismatic chromosome chunks churchs clarkson claus comcast commencement
concede conducts confiscated contestant contradictory convent converse correcting corrosion crib crossroads dearly
defiance deter diner dipping disneyland disposition djs documentaries dripping ecstasy eighteenth eleventh eliza
emphasizes empowering engagements enrique envoy estonia expiration exploiting expressly fabrication facilitated
faggot fascination fir foreigner formulation francs frontal fullest fungi gonzalez gradient gravy grenades gwen
haley harmed herring hires hopper hugging hysterical implant incompatible inducing injunction innate instituted
iphones jays jeremiah jude kathryn keynote kidnap kiev koreans krishna lama learners liquids mclean meats michele
motivational naruto natasha nightly noir normandy notwithstanding ordained originating orphans pans paralysis
patiently patrols pauline paw pharmaceuticals pianist pickles pilgrims pinterest pisses placebo podcasts pointers
postpone progressively propelled psa psych punt rae raptors reinforcements repetition restraining retrospective
revise righteousness rinse robbins rss sal scalp schultz scrolling sealing sharma sheds sheltered shia shutter
smartest snatched sooo spans sparrow speculate spinach squat stew stirling stoned strauss stressing styling sublime
subtitles sunni sweetness teamwork tequila terrestrial textures thinkers thorn thug tit toned totals triggering
tulsa twenties ufo uncover unnatural unstoppable upfront urgently virginity virtues volvo vouchers waived wharf
wiser wrestle yates yoo aap accountants achilles addison aggravated ahhh alberto alleging alto ambrose analyse
anomaly aperture apostles apprenticeship aspire benches biodiversity biomedical blinded blurred boarded breadth
bullies buster cascade casinos centralized char cleanse complains concord connector connie consolidate containment
coupling crate crave crows dane dangerously denounced dillon diluted doping eddy elusive espionage establishes
existential experimentation extremes extremists fanny flashback fluctuations forecasting freud friedman funnel gail
gloss grading graft grips grumpy guise halves heightened horizons hush ibn imitation immersion inconvenient inspires
interfaces intrigued intrinsic irans irresistible javier joanne kittens landmarks landslide lcd leash makeover
manned marcos mata mater melodies memorandum mercer mermaid michaels miriam moderation moroccan nano neymar ngos
nobility notation onstage ordeal painfully paranormal paso pear piston plugs politely pollen principals provoking
pts raided railroads ramos rbi reggae relegated respectfully rethink reviewer reviewers rewrite rodeo sas sheridan
sherwood shire sinks slit snapping sobbing spitting starved stirred stockings stuffing substituted succeeds summons
sutherland swung taboo teaser thatcher throttle tides trendy trimmed trivia turbulent twisting unbearable underage
unleashed unmarried vaguely veggies visas vortex wand wanderers warmed accelerating advert afforded ain alias
anaheim anchored annoy antibody apostle appalling applaud arteries asians astronauts baptized barr belarus billie
bondage boredom bounced bowman breeders brilliantly brunch buckley burgundy cabinets carlisle carolyn castles
changer che chestnut cleaners cleanup clemson cocks compose concise confinement confronting consultancy contraction
contrasting convergence coughing criterion crossings crowns cummings cylinders deduction despicable detachment
detectors dialog digestive diminish disclaimer disconnect discriminatory disruptive dorset dvds endlessly enthusiast
epilepsy estimation ethanol excavation extremist feeder flashlight flattering floats forcibly gao garland
globalization grail graphical grayson groundbreaking grouping harding holiness horrifying humiliating iced ida
illustrator imbalance immoral implicated inefficient initials instrumentation intensified intolerance jacksons jeez
johnsons jurors kappa keepers kendrick leukemia levine liars lineage liter looting lorraine lyons magnus manpower
marley martyr masturbation mitigation mont motorway npr nypd obscene occupants octopus onward operatives opium
ovarian peck penal permitting petals picasso pierced pistols plank plantations plight ponds postseason presiding
privy propulsion raft registering rejoice relics ren reproduced rihanna roam rubio sandals serpent sesame shepard
shi shoved sicily simplify siren slater sleeper smear snowy soooo spectral stabilize stains stalk standings
statesman stink stormy subcommittee suffice surrounds swat swine symbolism tangled ticking tram tryin tutorials
underwood underworld vectors vertically vigorous wandered wei wrongly yum zion abiding adele alcoholism amplifier
anc apes arches armys astounding atheism auctions audible avocado avon bangs bashing baskets bathtub beep
beneficiaries bitterness blatant boon boyfriends brat bunk californias candid caretaker carts ceilings cervical
checklist cherokee cheshire christs cinderella clamp clans competitiveness composers confederation confidentiality
configurations contradiction coronation counselling cracker crackers crimea cumberland cunning daly depiction
depleted diabetic diaspora digitally divides divinity donuts dorsal durability empress endeavour enroll entertainer
entrusted ernie evidenced extracts fallon farrell fatalities festivities ffs finalist footballers forks gadget gasp
genital glitch gong graded graders greasy grieving grooming hacks hamburger heed hideous homepage hoops howell
imaginative imperfect implicit indo inlet insensitive interpreting islanders iss jars keystone kramer kudos layered
lieu liquidity loch lola lotion lows lucia lutheran mains manipulating mara marquis mayhem merging mistakenly mould
neuroscience niger nipple noses nostalgic nra oppressive pasadena patronage pearce pinnacle plagued plated pods pong
poorest programmers prompting prosper psi quake qualitative queries racer radial recap recognizable reconnaissance
regent reigning reluctantly rendition resumes revisions roadside rovers saskatchewan scarlett scientifically
scrambled scratches secretariat semitism sew shaky sham shortcomings shredded siberia sinai slayer smokes soothing
spawned specialised stalker statistic stature steward stout strategically stripper stump submarines subordinate
swimmers synagogue tentative tongues topical transforms uneasy unfold usda uss variance vested vols wagons wah wally
walters wavelength workload xii yells acquitted admiralty ageing aiding artificially asa aux barring bead berth
billionaires blackmail blending blindness bragging brightly burglary busting cafeteria canary cannons capacities
cardio carla caucasian ceramics cheats chilean clauses clumsy commuter composing contingency coworkers curated
customized daft dani defences depended deprivation dewey disneys disqualified disrupted diversified documenting
doubted downing duly dusk environmentally episcopal escalated everlasting excellency executions faking feasibility
federally flavored formulas freddy frenzy fuckers fulfillment godfather gould groundwater heidi hospitalized
hostilities hyundai illusions inadvertently indifferent inject insistence interiors intimidated invariably
invincible jams jfk joes jubilee kia kinetic lam lashes latvia laurence lavender lemonade lenin lodging lowell malls
mania medically menus mule mythical nathaniel neutron newcomers nicaragua nicholson nicknamed occupations oecd ooo
orderly orient orion outset paralyzed parry parted patio peacock pedestrians pepsi pines pitchers plugged postcard
pow powerhouse precursor preferable preparatory prism proclamation proponents provocative purposely questionnaire
reclaim redevelopment reflex relocate renal repayment residences restrained rhythms riddle rites rivera rockefeller
roe royalties rubble sacrificing saddam sapphire screwing seam sectional servicing shrinking simulate sioux sloan
sniff snowden soaring soluble solvent somebodys spaced squid stamford steph stocked stoked strapped streamed sturdy
swarm tanker taxis terra timetable torpedo traitors trolley trolling trudeau una undertook undocumented vaginal
vance verbs viability victorias villas whispered widening winged wiping wolverine wrought xiii yearbook yikes abbot
abduction advises afro ancestral anchors antiquity apocalyptic appraisal aqua aspen atlantis augustus autistic
barnett baylor bearer bernstein bleak blender bmi bogus booming bridget bruises btc burt cages caldwell cara cavs
centric chaired chaplain chlorine chow chubby clement collusion contenders contractual coroner correctional
correspondents corridors creamy cubes daryl deterioration diapers dirk disbelief discreet distracting dizzy dre
dustin dyed eisenhower elle elsa enact evaluations everest exporting expressive facilitating fiddle fists flaming
foes folds fortified fran garfield generalized glossy gregg grit hammered haram harassing hauled hectares hobart
homelessness hopping horrendous horrified hostel hound htc hugged illegitimate illicit importing incompetence
insomnia interception invaders israelis karaoke kemp kosovo lagoon len lesions limp lingering linguistics locating
logically lucifer lumpur lunatic lyrical manifestation manitoba manufactures mastering mead mergers mhz migrate
mildly miraculous moaning mocked mos mosquitoes mourn mundane narrowed nay nests ngo nielsen nutshell obsessive
offending offseason oswald overboard paws pendant petite petitions pharma pimp pipelines poised pol posterior pouch
predicts prescriptions probes proficiency progresses protestors psychotic racists referees reinforcement relegation
repertoire repository reversing rican rumble sachs saloon sanction sexes shack sinners sire slated soaking stale
stereotype sterile stride stringent sulfur surfaced suzuki tacos therapists torrent trainee transmitting trey
tripped trough trunks tummy unjust upbringing uploading vaughan venezuelan vis vivian vivo wager walled warehouses
whack whoops wichita wilde wilmington zambia accelerator accuses acrylic ames anchorage annexation approves
assassins atkinson ballad banged basel beckett bel betray betsy bigotry biotechnology blanc bookstore boomers boone
breakers broom browne brute buffy busiest camouflage cary catalan chiefly childbirth chung collaborating compliant
conservatism continuum corona cowardly cpr cruises css cultivate curls cyril dealership dearest decker defy della
denotes densely derives devoid dhabi diagrams dickinson disparity diva divert dlc drawers eater eaton elegance elias
encrypted englishman escorts exposes extraordinarily facade farmhouse fertilizer filler fishes flea footwear foxes
fritz froze frying giovanni goodies greenland handbag handicapped haze headquartered helium hemp hitch hoc
hutchinson ike incarnation inhibitors intrusion inverse inverted irritation jae juices julio keywords lavish libyan
livelihood livingston mansfield marches mckenzie medic merlin midland miscellaneous misguided morrow motivations
moto mozart muster mutants nylon override ozone papua paranoia paving persecuted peruvian phosphate php physicist
piping plurality prehistoric prescott prohibits pronouns proton psyche quickest redesign relocated reluctance
rentals reopen replication rigging rotor sediment seeming selves sneaking solitude spacing standby std straps
strikers stronghold stumble suicides supermarkets talbot theorists therell therein triangular tricked trooper
truthful turret ubiquitous unbelievably unconventional unnecessarily unnoticed untouched vega ver vibrations vin
virgil visionary vitro voodoo wigan wilder witchcraft withdrawals withdrawing wrestlers yong abbas adultery agile
aides anonymously aristotle artifact austerity awfully axes barca battered beatrice beethoven biking boob boosts
bouquet browning bullock cad candidacy cartridges carve cherished climbs coarse collegiate commonplace compute conan
confidently constrained contemplate converter coop cooperating coronary cottages countys cps crook cucumber darts
davids deco depict desmond diagnose directorate disliked diver dora dormant dotted drifted duffy embarrass emmanuel
emulate encompasses endowed enquiry evasion evergreen eviction excerpts explodes explorers expulsion fades fedex
figs filth firefox floated foliage foreclosure forgets fortnight genie glued goodwin hannibal heartbroken heats
hesitant hoop howd hubby humiliated hurdle hypertension immersed immortality indefinite indices insightful
invitations ipswich irrespective jacks jeanne kicker kyoto leaned leases ledge levin lgbtq lunches macbook mackay
madeleine maj malt mandela marian mayors melts mindfulness mined momma monstrous moran morphology mustache nasdaq
natal nodded novice obituary olivier ordination otis owls parity paterson percentages persuasive pests pew philips
piled poking populous postwar presided prevailed proactive projector prominently prudent qualifier quincy radios
ratified realising refining regretted reliant reputable revolver revolving ricardo ripple robbers routledge salts
sampled scrolls seeker sentinel signalling sirens slovenia solemn spacex spacious spheres spraying sprung stacey
starr substantive substitution sugars sweetest taxing tobago torah torso transcripts tremendously trojan unleash
unpublished untrue verbally vitality weeping whispering windshield wolfe zodiac abandonment abyss accession
acquaintances alvarez alvin amateurs amir anders archived arithmetic arson astronomers auditions authoritative
awarding barren basal batsman bedding bender bethlehem bicycles boi bourgeois braking bribery brunette bureaucratic
buzzer cactus carlson cassette chants characterised childcare chocolates chronological cleavage clones cohort
commandments conceive condensed contemporaries controversies convened conveyed crabs cuddle culprit darius daunting
demos deviation diffusion dildo distrust dominates echoed elbows ellison elves embark empires entrepreneurial ether
etiquette exhibiting extravagant familiarity felipe fender feng ferris fetal fiance finer fittings flushing freeing
fused goa gorge greenwood groves gutted harp heartfelt hinted housewife housewives hubs hypocrite incorporation
insure joyful judah kabul kelley kickoff kimberly lacrosse lars latex leftover legalization localized lori malibu
mammoth martyrs marvellous matchup meh merkel modem mosques motif necks newcomer nic nobles oats ominous openness
optimized overheard oversized pak pandora panicked paolo papal patton pepe peril playable plunged polly pores posh
precaution principally professionalism puppets rampage rebirth recharge rehearsals reliably renovations reservoirs
retina revolves riff rosen rossi rutgers sahara scattering scrape scripted semantic shear shedding sherry shitting
silicone skepticism slovakia sly smiley smithsonian sponsoring stables startling strands strife stylist superheroes
tattooed tenor thrift toured transformations traverse turnaround uterus validate vocalist warranted weakening
westbrook wildcats wipes wrists xvi yielding zebra zionist abrams aces aft albion anesthesia anonymity anticipating
antoine appropriation aria articulated assassinated babes bandits banished barefoot barrage bartlett beauties
bestowed bethesda blackpool bordering bournemouth brilliance britney broth bruised buns burnley cabins campaigned
centenary ceos checkpoint chloride classify clinically cocky coefficient coined collapsing condemning conditioner
conductors cones conglomerate consultations conversions cornerstone correctness counterfeit damian dazzling dea
deacon debuts deceived delaying dentistry desks detainees dictated dino disks dismissing dortmund edgy eff elevators
elton encore engages enormously epstein err erupted espresso evade fab fairs freaky freshmen futile genera germs
glacial glands gloomy graceful grievances gritty hanoi hayley heartbreak heist heterosexual hewitt hinder hobbit
horseback hospice hotline huang inhibition integer interdisciplinary intermittent intimidation islamist italia
iteration joys kitchens kremlin langley liners liv madagascar magnum malay mandates martian maxim mei melancholy
meteorological milf misplaced misty modifying moines monsieur mop multicultural nearing negatives negligible nesting
nudity obligatory oceanic oooh ornaments outpost outputs overflow oxidation panorama pascal peep pencils pervasive
pickle pinky playwright pledges predatory preface prescribe punitive quits rainforest raphael reborn reddish
refurbished repercussions reprint restroom rhythmic robber robes rockies roi roommates roulette rounding rowing
rulings rumored rupees sams samoa samson satin scatter scramble scraps segregated semantics settles shameless sharif
showtime silenced sinner skeletal skeletons skulls slows snapshot soar somethings spherical spotting sprinkle
squared squirrels stacy stamina standalone stimuli subconscious thinker tonic tossing troublesome tumour twain
uncertainties underestimated utopia vigorously visibly vowed vpn waterways wetlands whitman wrecking xiv abigail
abrupt acronym adaptations adversity advertiser affidavit amc antics antony appreciates artworks asserts astrology
attachments authorize baroness barrow begs bengals binds biographical biomass bitcoins blanche blm blouse bodyguard
borrowers botany bulldog caterpillar censored chatter cheered chops cleric colbert comedic compile compressor
compton conferred conn constantinople contrasts cooke cougar creeps cutler czechoslovakia deadlines deceive
defamation denny det digs diminishing directional disagreements disciple ditto divergent doctorate doncaster donnie
downright dues dumbest dwellings electrode elemental elevate eliminates encoding excludes exemplary exited expansive
fife flakes flavours geez gemini gifs gland gotcha gst guerrilla gutter hearty highschool hillside hitlers hms
hodges hoo hovering hysteria impartial imperialism imprint incremental independents infancy infused inhibitor
initiating injuring inquire inscribed insulated jang jogging jumbo kale katz keyboards kraft landowners lash latina
lees leftovers louie lte madras magnets manageable manslaughter manuals marianne martins mecca meridian midi mikhail
mir misdemeanor misfortune moons mountainous ndp nearer newfoundland obnoxious olsen orphanage overseeing paused
penned perpetrators phoebe pilgrim plainly positives punishments purdue qualifies rake recalling resent retreated
retribution revolutions rhetorical rightful robbing royale rumour safeguards savages sbs semen senegal sequencing
shapiro shea shorten sighs sixteenth sow sparkle sql successors suffrage superiors surrogate synopsis tainted ticks
toddlers tomas toothbrush towed trapping treatise tristan uphill upton validated variability waltz wooded workings
zac zhou acl adhesive adolf adorned affluent als ambiguity anguish annals antitrust apologizing archaeologists arid
avg bandit barrister bazaar beneficiary bianca biker bipartisan birthplace bono brides brochure brokerage buildup
butch canucks carly carpets carriages catholicism cgi chained cheng ching chopping cigars civilisation closures
coasts cobalt collaborated collapses collier colossal comm commodore compiler conserve constellation contour crispy
cropped crore crowley curfew daytona decidedly delusion demi depreciation designate discard discontent div dixie
dopamine douche dunes dyke echoing eclectic ecstatic ejected endemic enlist entails envisioned eta exchanging exiled
eyebrow fascists firefighter flashbacks fluorescent francois freakin fulham futuristic gearing hallmark hanover
harrington haste hauling heathrow hybrids hyun identifiable igor illiterate immaculate improvised inclination
infested insurgents interpersonal interracial intruder inward ipo itching jai jarvis jenner johann jolie judas judd
kan kaplan kinky koreas landings launcher legality lenny lessen lifespan longitudinal loosen macedonia mandy
masculinity matured mcgee mcgraw microscopic midday moan moods morphine motherhood motorola murderous nirvana
nonstop notoriously nrl oatmeal opaque ordnance originate otter parting pelvic percussion pigment plato populist
porous preached predictive proofs pulses racially racks refunds registrar regulars rein relic retard reunite reuse
reyes risked ritchie roadway rollins rustic rutherford sanitary sao saturation scams scarcity scorpion scotts
setback shaming shrubs sizable slippers smoker soho spartan speculated spilling squeezing stalled stimulated straits
stun subdued surpass swapped tack tagging tart throats ting tiring toothpaste totaled transformer transient
triumphant umpire unborn undisclosed undone unheard vending vicar wallets weep welch woes woken wrench wretched www
adler adolescence affirmed afterlife allowances analogous anarchist anecdotes anglican animations ankara
appropriations apron archaic assange assaulting attribution avant baffled baird barlow benton biochemistry boise bop
bordeaux breached burr carbs cavaliers censor centennial cheney cher civilizations clapping clinging clover cms
coatings coils colonization connolly cookbook corinthians cosmopolitan counselors coyote crippling cristina cromwell
decorate decorating deductible diagonal discredit dodd dresser duff dysfunctional ebooks emphasizing ems enquiries
equitable estrogen etsy exert expeditions faculties felicity fernandez feudal fins flattened fodder forwarded fumble
galloway giggles git glare godzilla gourmet gripping handheld handshake harming hayward hefty helsinki herbal
herrera hippie hops horton hump idiotic ids implements incarceration incest infect insertion interruption intrigue
itch jacqueline joaquin kurds lattice leaps legitimately lends leroy linebacker lockheed lowers lukes magically
marketers mastermind materially metadata middlesex mischief modernization necessities neptune nerds nero noticeably
occupancy oman oncology opposes outsourcing overrun parcels pasture pathological payload payout pelosi persia
pertinent pigeons plentiful png porno portfolios preserves promoters prosecuting purchaser rahul rapes rarity realty
rebellious reefs referencing repealed reptiles revisit ribbons santo satirical screenings sensual sixties slapping
slump soften sos souvenir spaceship spaniards sparse spinner steamer subsidized suction sunflower supplementary
surveyor swallowing tailed temperament thirteenth topless torment tyrant unattractive unbeaten understatement
undesirable unfairly unification vineyards wastes wastewater weaponry webpage wheeled whipping widows wildfire
withheld withholding wreath yer administrations afar affectionate afp agitated akron albania angie annuity appliance
aroused asserting astros authentication awaken azure bedside berger besieged biologist blowjob boilers bois bonnet
bourne braun breaches breeder burying byzantine cadet calming casing catalonia catfish caucasus chicagos clerical
coincided collage colonists complimentary compounded computation conjecture conspicuous constantine continual
contradict cords crackdown craze crusaders cupcake cvs cybersecurity davenport degrading deli deteriorated
distinguishing dreaded dui dumps dwayne dyer elongated embraces enamel encompassing escalate evicted evils
exceedingly excessively faked farmland fetched fiercely flashed fostering fourteenth fps frontline geese genealogy
geographically gibraltar giggle golfer grammatical graphite grimm gupta haitian handgun hara harrys heaviest hella
heresy herpes hipster hispanics hostess hud hunts iceberg ideologies ignite illumination impoverished improperly
ingenious inquisition interns intervened ist jab janice landfill larson learner lighten lmfao lowry maldives maroon
marriott marxism masonry maui mclaughlin mechanically mikey millionaires mina moor moreno muffin nadal nigger nih
novak odonnell obi oily olives ostensibly outbreaks outnumbered outspoken pacing palate pancake parkway patricks
pedestal pedigree pennies phony pinpoint pip pleasantly pluto ponder protestants prowess prussia psychologically
pulitzer pursuits ramen ramirez ramon rattle recycle reimbursement reinforcing reinstated renault renee repent
rescuing revert ridges rolex rowe rubin sabrina saliva senseless sermons seventeenth sha shortcut sikh skye slamming
slay smoother spence spills staffed stumbling stunts summarized sweeney synth tackled takeoff tammy tat taxable
taylors trafford transmissions treadmill trucking unavoidable unilateral vicky vie vijay warped wasp watermelon
webber westward whores widened yin yun academies acidic adherence adjective adjourned amnesia amplified angola
angrily appellate approving armoured ascension aspirin atheists bard bea bearded beetles benevolent bestseller bis
blackhawks blazers blends blooded blossoms bog bom bombardment borderline boxed brows bungalow burglar calibration
cams capitalize charisma cheltenham chesapeake chun classmate claudio cognition cooker cornish coupe coveted
craigslist cristiano crumbs cullen cures curled cylindrical davey deceptive deem deficiencies devastation devout dia
dickson disproportionate disturbances divisive dod dracula ebony eduardo eileen elon embodied embroidered embryo
eminem ensued erratic exiting fang fiesta folly foo foreseeable frenchman friedrich fumes garde garnered gerrard
gilmore glazed gon griffiths hardwood hendrix highness hikes hindsight hinges homophobia houghton hume hymns
indifference indispensable infirmary inflict ingram inhibit insanely intellectually interstellar intoxicated
involuntary isil issuance jammed jojo junta lankan laos latch libel ligament likeness lizzie loaned lofty loom luc
ludicrous maharashtra maize malice manu marginalized mazda mcmahon melvin middlesbrough milestones milford milling
minnie mitsubishi mixtape mongolia motivating munitions myrtle nemesis oreilly originality orioles ornamental
oysters pancreatic parkinsons parlor partnering pebble peeled perseverance persisted phillies picky pistons pizzas
poole populace pretoria pricey prima prized profiling progressives prompts propagation psychedelic pune radiator
randomized rapists rector redeemed regal relativity rene revered ridicule ridley roasting rocker romero rotting
salman sculptor semifinals shalt sheen shelton showcasing sincerity sinful slander sleek slew sling socioeconomic
solicitors spontaneously steamed stockton stratford studs sturgeon subpoena swam sweeps taiwanese teaming textual
thinkin toad tombs troopers tsa tyrone unaffected uncles undeniable une upstate ventura vigilant visitation viva
washer watered werner wick worldly achieves additive adept advantageous aero afloat agility airbus alba alteration
annoyance anon ante appointing archipelago assembling bailed barkley bdsm behaviours belmont bidders bloated
blooming blooms boating bonfire bookings bowed brody bullpen cafes cali canine capsules carb carver causal centrally
cheerleader christy circling citadel clifton climates colonialism comforts compromising corvette costco cowards
cranes cunts cutest dashboard deficient degenerate demonic deterrent disdain disgraceful doggy dole dreamt dun eerie
electing enraged envelopes eroded estimating ethel excursion exemptions exponential farce fatally fingerprints
flanders flickr fling flowed flung fragmented frankenstein frantic fudge gabrielle gideon glide glover grieve grimes
grossly grudge gucci hairstyle handwritten hardships harmonic heartless hectic holistic hooper hormonal huffington
ict implanted informant inhabit intervening intrusive investigates invoke invoked jackass jericho jonny josephine
joyous kiwi latinos leaflets licences lim limo lulu lunchtime lux mace maher malawi malignant mane mascara
matchmaking maverick measles mend mentoring mich microbial microsofts migraine millennial mitt molten monsoon
montage monterey morales napoli negligent netanyahu nikon nil norma ofthe opioid optimize pakistans passionately
pastors pathogens penetrating persuasion phased phyllis plaid playback plush portraying portrays positivity
precedence preferring previews pristine prognosis propeller pyramids quotas racket rags rajasthan realistically
reclaimed reilly relatable reorganization resembled resided retrieval rotated roundabout saline saviour scarcely
scraping serie shipbuilding shiva shrugged siemens signings slogans smoky solids solos spade spoils staffordshire
steroid supplemented surveying swans tata tds temperate temps thematic threesome thunderstorms toaster treble
turquoise ultraviolet unbiased unc uncanny underdog unfolding ungrateful untreated usefulness vandalism vargas
vibrating vowel voyager weld werewolf wilsons wrongful aba acknowledgement adored airbnb alerted alleges alligator
amends annoys antagonist apa approximation aromatic assurances attendants auschwitz baroque bays behavioural
belgrade benefiting berg bergen bethany biases binder blindly brig buggy bundled burnett buzzfeed calves camille
canonical cautiously ceasefire celery characterize chinatown collaborations collaborators commissioning cor
countered couture cramps croatian crowdfunding dab dar darcy dawg dentists deploying deserts dictates dion
dissatisfaction dodgy earthly eaters elective emitted endeavors enslaved ent entrances escalation ethos eureka exec
eyewitness fag favours fil fitz fleeting flourished forfeit forging foundry fro funerals furnishings giraffe gma
gmail grinder gunman hampered hardcover hermione hubbard hurley illustrating inaugurated indexes insiders intestinal
intra irons islamabad jock jumpers kidd kneeling knuckles ladys lauderdale lifestyles ludwig mamma manic manifold
margot measurable medina meek mellow melon mirrored miscarriage mla mojo msnbc napa narration nasas nassau nicki nip
nxt nye oblivion observes ohhh oilers ornament outpatient pamphlet parishes pats penelope perish perpetrator pervert
pharaoh philanthropy photon polluted premiered preparedness pretends prettier primal princesses prohibiting psalms
psg psychopath pups qui receptive redundancy reelection reindeer relapse relish rendezvous republics reversible
roche rodents rowan rudolph saharan scumbag seams seizing selectively sensed shred sideline sidelines simplistic
skater skincare soc spawning spokane sta stabilized stares staten steaming substitutes supervise supervising
supervisory swapping sweeter syllable synod taipei takeaway tatum teased tees tesco thorpe titus towing treacherous
turnbull undermined undermining untold uplifting upsets vaccinated vaughn vents versatility visualization voicemail
volt wakefield watford wielding wiggins wilkins wingers winnie wits wrongs yeh abnormalities allocate analytic ans
apprehended ascending attributable aubrey barb bastion beaumont bey biopsy blackwell bolster bray briefs caitlin
calais cancelling canning capitalists categorized cba cbi chopper chromosomes chunky classed clerks cohesive comey
commando complication computed conquering constituencies contentious contra corbyn coyotes crease cursing deadliest
degraded dehydration delights denomination derbyshire desserts digestion dismantled dissatisfied distinctions
docking dodging donut doubting dungeons effected embargo embodiment emptied encoded engraving enhances entrenched
explanatory extremism fairfield fairies faulkner filtration finalized flagged fleets fooling formatting fracking
francesca francesco fungal gabe garry garth ghz gillian glaciers glaring gloom goblin gunner hammers heaps hex
homosexuals hooking hopped hydra hypocritical illustrious incidental indigo industrys inscriptions instruct
insurgency intimidate ipa irregularities jamming jax kyrie labyrinth lac latency limbo linger lousy luncheon mailbox
mammal mcguire membranes memorabilia midterm midtown migrated millers mimi muir muzzle myspace nationalities nec
nurture oblivious ode oem olga olson ortiz outlining overt pacers paisley pajamas palo patriarch penthouse perjury
persists pious plotted potomac powdered pregnancies prematurely presenters prioritize proprietor putnam quarrel
raider rained raja rea reasoned rebate regulates reins resurgence roc rollers rooster routed rushes sakura salads
sanskrit scientology scooby scuba seamless selects sequels shattering shelly sheppard shite shoreline siberian
sickening sidewalks silhouette slug smackdown smug soprano specialties spectroscopy spreadsheet stagnant startled
steaks stephenson strides strung summaries tanning tendon thc thine timmy tnt toughness tracey tractors turin
unanswered unethical uniting unix uptown urinary valiant vigilante viper washingtons weekday weirdest westwood
whistles whitehall wilhelm willard woe wrinkles abi abstraction adjunct administering admiring ami ascended asean
aspiration atkins attentive austen awakened ballpark barbarians beak beige bellamy blasphemy blinds blinking
blueberry boar bosch bran breathes bribes brigadier broaden bubba bulky burdens busch cadets calendars camels
cameraman carbohydrates carnage cavities chateau chavez colleen comedies commended commune compiling conclusive
conservatory considerate constance constructions coo cryptocurrency cultured daycare debra deductions depressive
descendant dips disperse disproportionately dives downed ecommerce emery enrich entrants epidemiology errands esque
exaggeration exhaustive exponentially exporters externally fanbase fermentation fiasco fifteenth flares flo flops
flores footed fright fruitful gall gastric gilded goddard hallelujah hastily haynes headphone heinrich hemingway
horizontally hubert hurtful illuminate inaccessible incur inferno introductions inverness irelands isabelle jog jug
kgb kinder knoxville labrador latte leafy lobe loo luiz lyle maga maguire margarita masturbating mcbride meddling
nadia nods nothings omission orbits orchid overtake paramedics pax peabody peat pedophile peptide perfected
periphery perished physicists piggy piling polarized portals pov predetermined prelude prepaid priesthood punishable
rahman rao ravi reaper reassure redesigned regiments remnant renders rockstar ros rosenberg rounder sanford satanic
sausages scented sclerosis selfless serenity shrug sighting singled sipping siri sonar spat stabilization stacking
starch stony stormed subtly superstars surfer taj taper teaspoon templates thorne tightening tlc tolls tos totaling
toxin trademarks tudor turk typo unequal unresolved unspecified vacated veg venetian vhs waffle wanda warships
washes wasps welp wha winery writ xiao yamaha zipper acclaim aching acquires adversary afflicted airfield akbar
alienated angered archers arrays ascertain assam audits bargains beards believable billboards bitterly bloodshed
boils boko breaths brigades bumping burrows cairns caracas cassie celsius certifications cesar chai chariot cheddar
chilli cholera cio clinch collide commemoration commuting complexion compulsive congenital construed consular
corrective costello coworker crumble crumbling cultivating dangling daredevil decentralized dei denominations denote
detox didn differentiated discrepancy doctrines doj donaldson doodle dossier draper dunham dyes easton eastwood edna
electrodes embryos eradicate excite exporter extortion extracting fay feral flourishing footprints forster fortnite
fountains frameworks freezes generously godfrey grange greats gui hangar hardworking harms hasty hathaway hdmi
hermes hijacked housekeeper husky idf iggy imitate imperfections improbable impulses incarcerated ineligible
infusion jaguars jeb journalistic julien justifying kapoor kelvin keyword kolkata laborers laced lai lemons
lincolnshire lipid looming lordship louisa mahogany malfunction mana manson marin markedly marta mccann mckenna
mcqueen mediator mein meow mer minions mirage mockery modulation motorists mozambique muller narrated narrower
natures navigating navigator nes nightingale nuke oconnell occult ocd olympian opting osama ovation oversees palaces
palin parades payback pediatrics perpendicular physique pioneered playbook pleases plywood pollutants ponies pooh
ppp prettiest proficient protagonists pst punctuation purification purported putins quotations ramifications
readable recourse regimen removable repaid responders retires retrospect roundup rowland ryans seinfeld sensations
sequential shafts signifies skates smelly solves sorta specialization spiritually sporadic stationery sudanese
sunscreen sykes tau tempest tending terraces thankyou thered tightened tights tito tobias tofu tragedies transports
trenton tripoli truss tubing turnovers twat undue unionist unprotected unsettling upscale vader verde viewpoints
vinci wacky wealthiest wearable wilcox wiltshire wreckage xml yvonne zeppelin aches adamant airspace alejandro
allotted almonds amplitude analogue annotated anomalies archival ardent arenas assay assigning assorted axel
badminton barbarian bedrock bihar blaine boardwalk boasting boldly boomer booths brittle budding cena charters
chatham cheaply chiang choo clair climbers clogged cohesion colo compel complexities compromises conduit
congregations constraint contradictions conveyor cpi cramped crates crawled culminating cuomo cutters dae dalai
darryl dashed decimal defensively defunct degrade demonstrators denton departures diablo differed diffuse dignified
disapproval disobedience dreamer dune dwellers electronically emancipation entropy epitome esa esteemed ethernet
excused extradition eyesight fide finder fishy flooring forearm frail fray gathers geelong generational glaze
greenville grizzly grotesque gunners hallucinations harass hooded horrid huawei hussain hwy impractical indexed
insecurities interchangeable interrupting irreversible jacked jerks joked kaufman kfc lawless leftists legalized
legions leveled liza locomotives macau manifested marries maynard mayoral medley mercenaries meyers mightve
minimalist misled msm multiplied narendra objectively orbiting orchestrated packard pap parisian participates phoned
plugin polishing polymers pore postcards postgraduate predicament predominant prem proverbs puke puzzled quadrant
ramps recital recite reckoning recollection reconstructed refine regents reiterated rem resale rhine rips robb rosy
rupture salted scandalous scot seasoning securely shabby showcased sightings sinus situ skid solace spanking
specialize splinter spoons squats squire standout stills stoner strengthens stung suppressing symmetrical tac tacoma
tam tenders terminator timers tinker topography unexplained unintended unmanned unsolved unsuccessfully uptake
vantage ventured versailles virgins waldo waller watchers whim whine wil withhold worshipped yee yellowstone ying
yosemite zeal zealands abort abound adversely afternoons agendas aidan alfredo amish andersen angled antennas
assertions astonished audacity banjo barbaric barbed battled beech benchmarks biz blower blurry bravely bret
breweries bts burmese bushs camped cherries chevron cheyenne clinicians coercion colombo comma communitys competency
concerted constructs cont convicts cora cornelius cravings crotch crucified customize dai dartmouth dashing
departmental deposed devin dharma dialysis disclosures distal ditched divisional dogma doi dupont emory emptiness
encompass ensign escalating evoke expansions experimented facilitates faithfully faq fern fingertips firepower
fixation flanked flatter flushed formative fret frontiers gastrointestinal geeks genders grader granger grasses
gratification gruesome guineas harshly hedges heller henrik hezbollah hinduism hiroshima hitchcock hodge holloway
huts hydrated imaginable impetus impulsive incense inhuman injure inserting intersections inventing invoice johan
junkie kelsey khalid kristin kun lacey lao latent lau leans leipzig lenovo lew lexus limitless literate localization
loki loretta lowly lucid lymphoma makin martini merciful mgm midget midwife minimizing mira misinformation
mitochondrial mobilization monologue monoxide mosul musically mutiny nagging nephews nervously nighttime nonlinear
normalized northumberland numbering oakley odi orr outweigh parasitic parsley pendulum petit petra picket placements
poignant polio potency precarious presley pretext privatization proclaim quaint qualifiers raccoon raiding rallied
reassurance recovers redistribution remy restrain retreating richly rioting rookies sai sanderson saver scarborough
scarred secession sectarian seminal serene ses seventies shaded sharpe shipyard shrek sig silica simmer smokey snag
snuck sob socrates sophistication sourcing str straighten streamlined sweaters syringe tanaka thinly timor tinted
tornadoes tote trainees transverse trembling triangles tributes trident trojans tweak ubuntu undead unison unlocking
unprepared unrestricted unsuitable unthinkable uplift utilizes vanderbilt vanishing venerable visualize vulcan
wasteful waterfalls wilkes youngster activating adopts adverts advisable algerian angst antiquities apathy arcs
artisan assortment attaching auditing bandwagon bane basins bayer bcs billings bios birdie bison blacked blacksmith
blanks borg brainwashed brothel burrito bytes calmed carole cartilage casket charley chattanooga christchurch
claimants cleanliness clothed coli collided commentaries complicate concerto concurrently contraception convex
crouch culmination curing dank daphne decomposition dehydrated democracies detriment dex dhs dialects discretionary
dismal dismay disparate dissemination distilled dodger dolan dolores domestically electors electrician elise
endorsements equator estuary etched eternally ewing excise expel exposures facets fad fitch fledged fol forcefully
foreground frown fruity frustrations fukushima gals germain gertrude gloucestershire godly golfers graeme groin
grounding guangzhou gunn gunpowder guthrie guyana hamper haskell hatched helix heroism hierarchical homie hornets
hover howling
"""
WORDS_V3: tuple[str, ...] = tuple(_TEXT_V3.split())
