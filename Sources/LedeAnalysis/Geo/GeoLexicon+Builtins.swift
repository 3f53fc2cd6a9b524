/// The built-in word lists: always present, whatever `Data/names` holds.
extension GeoLexicon {
  static let builtinFunctionWords = """
    the a an this that these those there here it its he she they we you i his her their our your
    my me him them us and but or nor yet so if when while where what who why how which after
    before since until during although though because however meanwhile moreover still then
    now later earlier today tonight yesterday tomorrow last next in on at for by with from to of
    as into over under between among against about across despite amid without within also even
    just only once again already according asked yes no not none all both each every some any
    many most more less few other others such several one two three four five six seven eight
    nine ten first second third former ex local breaking live update updated exclusive analysis
    opinion comment editorial watch read photo photos video transcript please well oh ok okay
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr can will would could should must might shall
    """

  static let builtinCommonWords = """
    march may june august police union mobile reading nice bath split most can of deal gap
    sale hope independence liberty providence concord enterprise surprise mission orange marine
    delta florence god bank
    """

  static let builtinTitles = """
    mr mrs ms miss mx dr prof sir dame lord lady president minister premier chancellor secretary
    ambassador envoy governor mayor senator sen sens rep reps representative congressman congresswoman
    judge justice king queen prince princess emperor sultan emir sheikh pope cardinal bishop
    rev reverend father imam rabbi ayatollah general gen colonel col major maj captain capt
    commander admiral lieutenant lt sergeant sgt officer chief inspector detective sheriff
    chairman chairwoman director spokesman spokeswoman spokesperson saint st
    """

  static let builtinSportsRoles = """
    boss bosses manager managers coach coaches players player striker strikers defender defenders
    midfielder midfielders goalkeeper goalkeepers keeper keepers skipper winger wingers forward
    forwards fans supporters squad chairman owner owners stars star legend legends academy
    """

  static let builtinOrgWords = """
    council ministry department agency party army navy force forces guard bank company group
    holdings university college institute school committee commission court tribunal union
    association federation foundation fund authority office service services bureau
    organization organisation society trust league club church assembly parliament congress
    senate cabinet administration police command centre center hospital museum mission alliance
    coalition movement front brigade battalion regiment corps board chamber exchange reserve
    treasury airport airlines airways times post journal herald telegraph guardian tribune
    gazette chronicle observer independent mail express mirror standard review fc afc united
    city rangers athletic wanderers rovers albion hotspur metro railway railways festival week
    marathon open games cup summit accord accords agreement declaration statement consensus
    protocol treaty convention conference forum process plan format initiative
    """

  static let builtinOrgHeads = """
    bank university ministry department council court college institute school embassy
    consulate government republic kingdom battle siege treaty
    """

  static let builtinModifiers = """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest north-east north-west south-east south-west northeastern northwestern
    southeastern southwestern greater upper lower inner outer coastal rural downtown
    metropolitan occupied upstate downstate
    """

  static let builtinLocatives = """
    in at from to near into onto across around outside inside throughout within toward towards
    via through between beyond along off over under across past
    """

  static let builtinActorVerbs = """
    said says say claimed claims denied denies announced announces warned warns accused accuses
    condemned condemns rejected rejects responded responds urged urges insisted insists vowed
    vows agreed agrees signed signs threatened threatens imposed imposes demanded demands wants
    want wanted seeks sought seeking hopes hoped refused refuses sent sends launched launches
    recalled recalls expelled expels protested protests welcomed welcomes pledged pledges
    offered offers called calls blamed blames criticised criticized criticises criticizes vetoed
    voted votes approved approves backed backs supported supports opposed opposes attacked
    attacks invaded invades struck strikes beat beats beaten defeated defeats won wins lost
    drew draws played plays hosted hosts confirmed confirms reported reports told tells argued
    argues maintains maintained believes believed fears feared considers considered plans
    planned intends intended expects expected needs needed continues continued insisted
    promised promises stressed stresses reiterated reiterates summoned summons retaliated
    retaliates responded negotiated negotiates sanctioned sanctions deployed deploys ordered
    orders allowed allows banned bans blocked blocks suspended suspends resumed resumes
    requested requests asked asks proposed proposes announced tested tests fired fires built
    builds granted grants recognised recognized recognises recognizes joined joins controls
    control presses pressed hosted co-hosted acted acts remained remains rejected
    """

  static let builtinStanceWords = """
    against seeking trying pushing ready willing keen determined prepared committed opposed
    responsible backing supporting pressing urging demanding considering planning threatening
    refusing insisting expected set poised unwilling unable hoping looking aiming working
    acting watching pressing negotiating talking
    """

  static let builtinPoliticalNouns = """
    government governments ministry ministries foreign president president's leader leaders
    leadership allies ally drive policy policies position stance decision decisions demands
    demand support war invasion offensive military army navy forces troops arms weapons missile
    missiles nuclear sanctions response proposal proposals plan plans offer claims claim
    accusations envoy envoys ambassador ambassadors delegation officials official diplomats
    diplomacy defence defense efforts effort strategy bid campaign push relations interests
    security programme program team squad coach captain administration regime authorities
    parliament cabinet embassy intelligence threat threats refusal approach ambitions
    aggression attack attacks strikes bombardment blockade veto vote position negotiators
    negotiating election prime foreign-policy backing role involvement influence crackdown
    department accession hopes naval expansion head
    """
}
