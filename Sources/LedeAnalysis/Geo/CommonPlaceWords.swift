/// Capitalised words that are gazetteer names but also ordinary English words (`Reading`,
/// `Bath`, `Split`, `Mobile`, `Deal`, `Police`…).
///
/// Derived once from the gazetteer's one-word names (main and alternate) that a general English
/// word list has in lower case, keeping out countries, divisions and large or capital cities
/// whose capitalised form nearly always means the place (`Turkey`, `Chad`, `Phoenix`). Such a
/// word is a place only where its capital letter is not explained by its position: not at the
/// start of a sentence, a headline or a line in capitals.
enum CommonPlaceWords {
  static let text = """
    Acacias Acre Ado Afar Agar Aim Airport Alabaster Ale Alga Alley Alliance Aloha Along
    Alter Altos Amen Ampere Anchorage Angers Angle Angora Annex Antarctic Antelope Anthem
    Apex Arbutus Archangel Arching Archway Area Argyle Arroyo Ascension Ascot Asp Ate Auburn
    Bad Bade Badger Bag Bake Bale Balsas Ban Bandana Bane Banes Banged Bangs Bani Banjo
    Banning Bar Bard Barium Barking Barn Barrage Barrios Barrow Basic Bassi Baste Bat Bath
    Battleground Baud Bay Bear Bell Bend Bender Best Bid Big Billings Bimbo Bled Bloom
    Bluffs Bode Bolder Bole Bologna Bone Bong Bonito Bonny Boo Boom Boon Boons Born Borne
    Bossier Boulder Bountiful Bow Bra Brad Brake Bray Brick Broach Brusque Buckeye Buffalo
    Bun Burg Burs Bury Bust But Butte Butterfly Buy Cabanas Cage Cairns Caller Can Canal
    Canes Canning Canton Care Carpi Cars Cascade Cascades Cassino Cayenne Centennial Central
    Centurion Chagrin Chair Champion Champs Chandler Chaparral Chi Chin Chinking Chino Clay
    Clot Cloverleaf Cobra Cocoa Cognac Cologne Colon Columbine Coma Combs Come Commonwealth
    Compendium Conception Concord Cone Confederation Consolation Converse Coo Cordon Cork
    Corona Cove Creek Crossroads CrossRoads Crystal Cypress Dab Dam Damask Dame Dandy Date
    Davenport Dawn Deal Debar Defiance Deli Delis Delta Derby Dick Dilly Dis Diva Divas
    Dogwood Dole Dome Dosing Dour Downtown Drug Dual Due Dyer Eagle Earnest Elbow Elk Emery
    Emirates Empire Emporia Encamp Enterprise Era Eras Erode Est Eureka Evens Ever Evergreen
    Falcon Fate Federal Felling Fez Fiddlesticks Fishers Flagstaff Fleet Flint Flora Florin
    Flushing Fora Fords Fore Forest Forge Fountain Fowling Freedom Freshwater From Furnace
    Gale Gap Garland Garner Garrison Gay Gel Genes Gent Germinal Gill Goes Gold Golden
    Gondola Google Grad Granges Grants Grapevine Grass Grays Green Grenade Griffin Grin
    Grins Grove Groves Gulf Gums Ha Hag Hail Hale Hall Hang Harrow Hart Hawthorn Hays Hem
    Hermitage Hexing Hickory Highland Hillside Hims Hippo Ho Holiday Homburg Homestead Hook
    Horn Hosanna Hove Hub Hula Hull Human Humble Hums Humus Hunter Hurricane Ibis Imperial
    Independence Int Jam Jasper Jingling Junction Kale Karakul Keen Kens Keystone Khan Kilo
    Kin Kinder Lacrosse Lag Lama Lampoon Lancing Lander Largo Lat Lattes Laurel Leek Leer
    Lemon Lemur Lend Lens Lessen Liberal Liberty Lice Lids Lien Lime Limerick Limo Linden
    Linen Lints Lion Lira Lisle Lively Lob Log Logos Lone Loop Lop Lot Luau Luck Lupin
    Madras Magenta Magnesia Maidenhead Male Man Manage Manga Manger Mango Manly Manning
    Mantes Mantilla Marathon March Marina Maritime Market Marks Marshal Martin Mascara
    Mascot Mason Mecca Med Media Megalopolis Mentor Meres Meridian Mesa Meshed Mesquite Meta
    Metro Midland Midstream Midway Mien Mile Mine Minster Mire Mission Mite Mobile Mocha
    Mole Moll Mono More Moron Mos Mosquito Moss Most Much Mush Mustang Myrtle Mystic Nails
    Name Neath Neptunium Never Newel Newton Nice Nit Nix Noisy Normal Novae Ode Of Off
    Officer Ogre Okay One Opera Opportunity Oral Orange Orchards Oriental Outer Overland
    Oxford Pa Pace Pacific Paisley Pal Palmetto Palmy Pan Panda Pandas Pantheon Pap Papas
    Papaya Paradise Paramount Pare Parole Pastas Pearl Peer Pen Pert Pest Pet Pets Pin Pinto
    Piranhas Pita Plain Plantation Plaque Plateau Plateaux Plaza Plum Plunge Plunges Police
    Polo Pool Pop Port Portage Posse Possession Pout Pristine Proclamation Proctors Prosper
    Providence Pueblo Puma Pun Put Quack Quarto Quiche Raja Ram Rapid Ray Reading Redwood
    Republic Reservoir Rest Retreat Revel Revere Rho Rich Riding Rim Rise Risen Rivers
    Riverside Rivet Roan Robe Rogers Roles Roman Roses Rosette Rot Rouge Roundabout Rouse
    Rube Rugby Rung Ruse Rust Rye Saga Sake Saki Salamis Sale Saline Salines Salon Salt
    Samba Same Sandy Sari Saris Savage Savanna Savannah Say Schooner Seaside Sedan Seen Semi
    Senna Sera Seraglio Sere Set Shaping She Shields Shoreline Shortens Shot Shush Shut Side
    Silvan Sim Simmering Sin Since Sine Sing Siren Sis Skit Slashes Slaughter Slough Snits
    Soda Sol Sole Soli Solo Soul Sour Souse Sparks Spike Spire Spires Split Spoken Spray
    Spring Springs Squawk Sriracha Stains Sterling Stoke Store Stow Sue Sues Sulphur Summit
    Sumo Sunning Sunrise Sunset Superior Surprise Swallow Swords Sycamore Tabu Taker Tale
    Tall Tam Tamale Tame Tampon Tan Tango Tank Tape Tars Tartar Tell Tempi Temple Tender
    Tequila Termini Terminus Terrace Thorn Tilt Time Ting Tire Tiro Tome Tone Tongue Tooting
    Tor Torn Torrent Tors Tour Tours Trap Trident Troy Truss Tsunami Tub Tuba Tucker Tulle
    Tun Tunas Tune Tuner Tunes Turn Turner Tyros Union Unity University Upland Uptown US
    Valence Valley Van Vans Vermilion Verve Veto Victor Vicuña VIe Vine Vineyard Vista Wadi
    Waits Waling Walker Walling Walnut Wan Warder Ware Warren Wave Waver Wean Weasel Wed
    Wedding Weir Welling Wen Westerly Wetter Wheeling Woodland Woodlands Worms Worth Wright
    Yap Ye Yen Young Zest
    """
}
