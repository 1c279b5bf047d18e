extension TriggerLexicon {
  /// Verbs of political action by PLOVER type (general English usage).
  /// Doubled consonants and irregular pasts are spelled out.
  static let verbs: [EventType: String] = [
    .agree:
      "agree pledge promise vow/vowed offer commit/committed/committing"
      + " broker reconcile settle allow permit/permitted/permitting",
    .consult:
      "meet/met host receive discuss negotiate confer visit telephone phone+with consult arrive+in,at=visit",
    .support:
      "support back endorse praise commend welcome hail applaud thank congratulate recognize recognise"
      + " defend laud salute embrace sign ratify side+with align+with",
    .concede:
      "concede apologize apologise compromise ease+restrictions,curbs,sanctions,measures lift/lifted/lifting/lifted+sanctions,restrictions,restriction,ban,bans,measures,curbs,embargo,curfew,blockade,state,emergency"
      + " surrender relent pardon accept open/opened/opening+border,borders,airspace,crossing,crossings"
      + " rescind repeal cancel/cancelled/cancelling/cancelled+restrictions,restriction,ban,bans,sanctions,curfew,measures"
      + " revoke+ban,bans,sanctions,restrictions,curfew roll/rolled/rolling/rolled+back",
    .cooperate: "cooperate collaborate extradite partner share join+forces",
    .aid:
      "aid assist provide supply donate fund finance contribute distribute give/gave/giving/given deliver lend/lent/lending/lent grant"
      + " train equip"
      + " hand/handed/handing/handed+over"
      + " send/sent/sending/sent+aid,troops,assistance,weapons,arms,team,teams,experts,doctors,supplies,equipment,platoon"
      + ",resources,material,materials,food,medicine,medicines,funds,money,aircraft,ships,planes,peacekeepers"
      + " rescue shelter raise+money,funds",
    .retreat:
      "withdraw/withdrew/withdrawing/withdrawn retreat release free evacuate disarm demobilize demobilise return leave/left/leaving/left"
      + " pull+out,back resign quit/quit/quitting let/let/letting+free,go",
    .request:
      "urge demand ask request appeal+to,for press+for seek/sought pressure plead+with,for beseech petition call+on,upon,for implore",
    .accuse:
      "accuse blame condemn criticize criticise denounce slam/slammed/slamming fault charge allege"
      + " investigate probe sue indict rebuke censure lambast decry deplore castigate chastise"
      + " disapprove scold berate complain+to,about,of summon convict find/found/finding/found+guilty"
      + " search+home,homes,house,houses,office,offices,residence,premises,headquarters",
    .reject:
      "reject refuse deny dismiss oppose veto/vetoed/vetoing rebuff spurn decline snub/snubbed/snubbing"
      + " defy repudiate disavow resist violate+ban,law,sanctions,embargo,resolution,rules,order renege+on"
      + " block+bill,resolution,measure,nomination,deal,plan,move,proposal,vote,legislation quash overturn annul",
    .threaten: "threaten warn menace",
    .protest: "protest demonstrate rally march riot picket boycott block+road,roads,traffic,highway,highways,transport"
      + " stop/stopped/stopping/stopped+work shun/shunned/shunning/shunned+work strike/struck/striking/struck+for,over"
      + " burn/burned/burning/burned+flag,flags,effigy,effigies",
    .sanction:
      "sanction expel/expelled/expelling blacklist penalize penalise"
      + " suspend+aid,ties,relations,cooperation,membership,flights,links,talks cut/cut/cutting/cut+ties,aid,relations"
      + " recall+ambassador,envoy",
    .mobilize:
      "mobilize mobilise deploy mass+troops,forces station reinforce strengthen+forces,troops,military,presence"
      + " boost+forces,troops,military,presence beef/beefed/beefing/beefed+up"
      + " increase+forces,troops,military,presence,deployment expand+forces,troops,military,presence",
    .coerce:
      "arrest detain seize confiscate deport raid jail imprison censor blockade crack+down oust/ousted/ousting"
      + " expropriate nationalize nationalise restrict intercept outlaw close+border,borders,airspace,crossing,crossings,port,ports,embassy,consulate force demolish"
      + " ban/banned/banning embargo/embargoed fine order hack"
      + " suspend+publication,broadcasts,broadcasting,licence,license,accreditation",
    .assault:
      "attack kill bomb shell assassinate invade shoot/shot ambush abduct kidnap/kidnapped/kidnapping"
      + " torture wound injure massacre execute target storm besiege behead murder slaughter"
      + " overrun/overran/overrunning/overrun overthrow/overthrew/overthrowing/overthrown topple set/set/setting+fire"
      + " fire+at,on,upon,across,into,toward,towards strike/struck/striking/struck pound bombard raze destroy"
      + " hit/hit/hitting/hit"
      + " clash+with fight/fought+with,against open/opened/opening+fire violate+ceasefire,truce"
      + " capture recapture retake/retook/retaking/retaken occupy detonate take/took/taking/taken+over,control beat/beat/beating/beaten+up",
  ]
}
