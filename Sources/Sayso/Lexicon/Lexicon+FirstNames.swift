extension Lexicon {
  /// Common given names that usually belong to men; used only to agree "he"
  /// and "she" with a name, never to name anyone.
  static let maleFirstNames: WordSet = [
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew",
    "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
    "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
    "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
    "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary",
    "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah",
    "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan",
    "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan",
    "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby",
    "philip", "johnny", "bill", "bernie", "ted", "mike", "jeb", "chris", "tom", "jim", "bob", "tim",
    "ben", "marco", "rand", "newt", "mitt", "barack", "hillary", "ali", "mohammed", "muhammad",
    "ahmed", "hassan", "hussein", "omar", "ibrahim", "mahmoud", "vladimir", "sergei", "dmitry",
    "ivan", "pierre", "jean", "jacques", "françois", "hans", "klaus", "giuseppe", "carlos", "luis",
    "miguel", "pedro", "antonio", "manuel", "rafael", "diego", "javier", "ahmad", "reza", "tomas",
    "lars", "erik", "piet", "jan", "ken", "hugh", "newton", "lindsey", "reince", "harry",
  ]

  /// Common given names that usually belong to women.
  static let femaleFirstNames: WordSet = [
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
    "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon",
    "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma",
    "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
    "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia",
    "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea",
    "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison",
    "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise",
    "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie",
    "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "hillary", "nikki", "carly",
    "debbie", "kellyanne", "huma", "michele", "condoleezza",
    "madeleine", "marine", "fatima", "aisha", "leila", "zahra", "maryam",
    "sofia", "elena", "ana", "ines", "marta", "lena", "sonia", "irina", "olga", "natalia", "anne",
  ]
}
