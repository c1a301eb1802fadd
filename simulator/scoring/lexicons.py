"""Phrase lexicons: the interpretable cues behind the scores and the words a trainee sees as evidence.

Each `Cue` is one family of phrasings with the dimension it bears on, its sign (+1 earns points, -1 costs points)
and the label shown next to the highlighted words. Patterns are matched case-insensitively on the cleaned reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    feature: str
    dimension: str
    sign: int
    label: str
    pattern: re.Pattern[str]


def _cue(feature: str, dimension: str, sign: int, label: str, *phrases: str) -> Cue:
    body = "|".join(f"(?:{phrase})" for phrase in phrases)
    return Cue(feature, dimension, sign, label, re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE))


_FEELING = (r"(?:frustrat\w*|annoy\w*|upset\w*|stress\w*|worr\w*|disappoint\w*|confus\w*|scar\w*|"
            r"awful|terrible|hard|difficult|tough|painful|inconvenient|exhausting|maddening|unsettling|"
            r"overwhelm\w*|anxious|angry|infuriating|heartbreaking|devastating|unfair|a (?:real )?pain|"
            r"a nightmare|concern\w*|distress\w*|exasperat\w*|alarming)")
_INTENSIFIER = r"(?:(?:so|really|very|truly|incredibly|extremely|deeply|completely|terribly|genuinely|such an?) )?"
_SORRY = r"(?:i'?m|i am|we'?re|we are) " + _INTENSIFIER + r"sorry"
_APOLOGISE = r"(?:i|we) (?:(?:do|sincerely|truly|deeply|really) )?apologi[sz]e"
# "You should have had a reminder": what the company failed to give, owned; after "you should have" anything else
# is blame ("you should have read the terms").
_OWED_TO_YOU = (r"(?:heard|had|received|got|gotten|been (?:told|given|sent|informed|contacted|notified|warned|kept|"
                r"offered|reminded|asked|called|phoned|consulted|shown|updated|billed|charged|refunded|paid|emailed|"
                r"texted|alerted|advised|quoted|included))")

# "We appreciate your patience": a formula (scripted), not an appreciation of the customer (validation).
_FORMULA_APPRECIATED = r"your (?:patience|understanding|feelings)|you sharing your feelings"
# "I hope you can forgive us", "I hope you're not upset with me": about the agent, not a kind wish.
_FORGIVE = r"(?: can| will|'ll) (?:ever )?forgive"
_NOT_UPSET = r"(?:'re| are) not (?:too |very )?(?:upset|angry|mad|cross|annoyed)"
# "I understand your frustration": the stock line of a script, which names nothing the customer went through. Of the
# 38 training pairs where one reply says "I understand your (the) frustration / concern / worry...", the outside
# writers' worse reply does 35 times; the three others name it: "I understand the worry about charges".
_STOCK_FEELING = (r"your (?:frustrations?|concerns?|worry|worries|feelings|anxiety|stress|disappointment|annoyance|"
                  r"upset|situation)\b(?! (?:about|over|that)\b)")

EMPATHY_CUES: tuple[Cue, ...] = (
    _cue("acknowledges_feeling", "empathy", +1, "acknowledges the customer's feeling",
         r"i (?:completely |totally |fully |really |can )?(?:understand|get|see|imagine|appreciate) "
         r"(?!" + _STOCK_FEELING + r")(?:how|why|that|what|your|this|the)\b[^.!?\n]{0,60}?" + _FEELING,
         r"(?:that|this|it) (?:must|would|does|can|has to) (?:be|have been|feel|sound)(?: \w+)? " + _INTENSIFIER
         + _FEELING,
         r"(?:that|this|it)(?:'s| is| sounds| seems| looks)(?: like)? " + _INTENSIFIER + _FEELING,
         r"i know how " + _INTENSIFIER + _FEELING, r"i hear you",
         r"i (?:totally |completely |really )?get it", r"no wonder you(?:'re| are)? \w+",
         r"your (?:frustration|concern|worry|disappointment|feelings?) (?:is|are) (?:completely |totally )?"
         r"(?:understandable|valid|justified|fair)",
         r"i can (?:only )?imagine", r"i can (?:hear|tell|see|sense) (?:how|that|why|you'?re)",
         r"i can (?:hear|tell|see|sense) (?:the|your) " + _FEELING,
         r"i (?:completely |totally |fully |really |can )?(?:understand|get|see) why (?:it|this|that|you)"
         r"(?:'d| would| might)? (?:feels?|felt|seems?|looks?)", r"oh no", r"ugh",
         # what the customer went through, named and called what it is: "...while your home is soaked is exhausting"
         r"(?:is|was|must be|must have been|has been|can be) " + _INTENSIFIER + r"(?:a |an )?(?:\w+ )?(?:disappointing|"
         r"exhausting|worrying|frightening|stressful|upsetting|distressing|maddening|infuriating|heartbreaking|"
         r"horrible|awful|terrible|scary|annoying|painful|brutal|gutting|galling|unfair|a nightmare|worry|blow)"
         r"(?: (?:position|situation|place|thing|time|experience) to be in)?",
         r"the last thing you (?:need|needed|want|wanted)",
         r"(?:isn'?t|is not|wasn'?t|was not) fair(?! (?:to|on|for) (?:other|the other|everyone|all))",
         r"(?:would|will|could) drive anyone (?:mad|crazy|up the wall|round the bend|to despair)",
         r"(?:any|no) less (?:painful|annoying|frustrating|stressful|upsetting|worrying)",
         r"(?:is|was|'s) (?:bad|hard|stressful|tough|awful) enough", r"(?:that'?s|it'?s|is) the worst",
         r"(?:what|that'?s|that is|such) an? (?:\w+ )?(?:shock|worry|scare|blow|ordeal|mess|horrible \w+|awful \w+)",
         r"(?:must have|must've) been (?:a |an |so |really |very )?(?:\w+ )?(?:shock|surprise|worry|scare|hard|awful|"
         r"horrible|frightening|stressful)", r"(?:sounds|sound) (?:so |really |very |incredibly )?(?:hard|rough|"
         r"tough|scary|frightening|stressful|exhausting|lonely|painful|awful)", r"that (?:sucks|stinks)",
         r"i understand (?:(?!" + _STOCK_FEELING + r")your|how you|why you(?:'re| are)?|completely|totally)"
         r"(?: \w+)?", r"(?:that|this) (?:sounds|must be|is) (?:so |really |very )?(?:hard|rough|awful)"),
    _cue("owning_apology", "empathy", +1, "apology with ownership",
         _SORRY + r" (?:that )?(?:we|i|our|my)\b",
         _SORRY + r" for (?:the|this|our|my|all the|that|how)\b(?! (?:\w+ )?inconvenience)",
         _SORRY + r" (?:it|this|that) (?:took|happened|has been|was|went|is taking|kept)\b",
         _APOLOGISE + r" for (?:the|this|our|my|all the|that)\b(?! (?:\w+ )?inconvenience)",
         r"(?:we|i) (?:let you down|messed up|"
         r"made (?:a|an|this) (?:mistake|error)|got (?:this|that|it) wrong|dropped the ball|should have)",
         r"(?:that'?s|that is|this is|it'?s|it is) (?:entirely |completely |totally )?(?:on us|on me|our fault|"
         r"my fault|our mistake|my mistake|our error)",
         r"(?<!not )(?<!n't )(?:our|my) (?:\w+'s )?(?:mistake|error|fault|bad|failing|failure|oversight)",
         r"(?:we|i) (?:\w+ed|put|sent|got|read|set|sold|gave|took) (?:it|them|this|that|your \w+) (?:wrong(?:ly)?|"
         r"incorrectly|by mistake|in error)",
         r"(?:this|that) (?:should(?:n't| not) have happened|is not (?:the|what) (?:standard|service) "
         r"(?:we|you)\w*)", r"(?:i|we) take (?:full )?responsibility", r"(?:we'?ve|we have|i'?ve|i have) let you down",
         r"we let (?:this|it|that) (?:slip|happen|drag)", r"(?:we|i) (?:should|could) have (?:told|done|checked|"
         r"caught|made|explained|warned)", r"you (?:should|shouldn'?t) (?:have|'ve) (?:been|had) to",
         r"you should(?:'ve| have) " + _OWED_TO_YOU,
         r"(?:mistake|error|fault|slip-up|failure|failing|oversight) (?:on|at|from) our (?:part|side|end)",
         r"(?:that|this) one'?s on (?:us|me)"),
    _cue("sympathy", "empathy", +1, "sympathy for the customer's situation",
         r"(?:i'?m|i am|we'?re|we are) " + _INTENSIFIER + r"sorry (?:to hear|about your(?: \w+)?|for your(?: \w+)?|"
         r"for what|"
         r"(?:that )?you(?:'ve| have|'re| are)? (?:been|going|had|dealing|lost|gone))",
         r"(?:my|our) (?:deepest |sincere |heartfelt )?(?:condolences|sympathies|thoughts are with you)",
         r"sorry (?:for|about) your loss", r"so sorry", r"sorry to hear",
         r"(?<!not )sorry (?:that|this|it) (?:happened|has happened|is happening|went wrong)",
         r"(?<!not )sorry about (?:that|this|the \w+|your \w+)", r"i(?:'m| am) here for you",
         _SORRY + r"(?=\s*(?:[.!]|$|,? and\b))",
         r"(?:that'?s|that is|sounds|how) (?:so |really |just )?(?:awful|terrible|horrible|rough|heartbreaking|sad)",
         r"i(?:'ve| have) been there", r"i know (?:exactly )?how you feel", r"hang in there",
         r"my heart goes out", r"thinking of you", r"i know the feeling", r"i can relate",
         r"(?:^|(?<=[.!?] ))poor (?:you|thing|things|\w+)(?=[,!])",
         r"(?:sending|lots of) (?:love|strength|good vibes)", r"(?:best|warm) wishes", r"(?:<3|\u2764\ufe0f?)",
         r"(?:i'?m|i am) (?:so |really )?(?:happy|proud|excited) for you", r"good for you", r"congrat\w*",
         r"(?:sending|big|virtual) hugs?", r"i feel (?:for )?you", r"(?:hope|hoping) (?:you|things|it) (?:feel|get|"
         r"gets|are|is) (?:better|easier|ok|okay)", r"(?:i'?m|i am) (?:so |really )?(?:glad|happy|relieved) "
         r"(?:you|to hear|that)", r"(?:proud of you|stay strong|you matter|you(?:'re| are) doing (?:great|well|"
         r"so well|the right))", r"(?:it'?s|it is) (?:ok|okay|normal|natural) to (?:feel|be)"),
    _cue("reassures", "empathy", +1, "reassurance",
         r"(?:don'?t|do not) (?:you )?worry", r"rest assured",
         r"(?:don'?t|do not|try not to) (?:be|feel) (?:too )?(?:discouraged|disheartened|embarrassed|hard on yourself|"
         r"put off|bad about)", r"you(?:'re| are) in good hands",
         r"i(?:'ll| will) (?:personally |make sure|take care|sort (?:this|it)|get (?:this|it|you)|"
         r"stay (?:on (?:this|the) (?:chat|line|call) )?with you|look after|handle|fix)",
         r"we(?:'ll| will) (?:get (?:this|it|you)|make (?:this|it) right|"
         r"sort (?:this|it)|fix (?:this|it)|make sure)", r"i(?:'m| am) (?:here|happy|glad) to help",
         r"(?:you|we) (?:won'?t|will not) (?:lose|be charged|miss)", r"(?:let'?s|let us) (?:get|sort|fix)",
         r"i(?:'ve| have) got (?:this|you)", r"(?:it'?s|that'?s|that is|it is) (?:going to|gonna) be (?:ok|okay|fine)",
         r"you(?:'re| are) not alone", r"take (?:all )?the time you need", r"take your time",
         r"(?:there'?s )?no (?:rush|hurry)", r"no need to (?:hurry|rush)", r"you(?:'ve| have) got this",
         r"you (?:won'?t|will not|don'?t|do not) (?:need|have) to (?:do|worry|call|chase|pay|send|wait)",
         r"(?:there'?s|there is) nothing (?:else )?(?:for you|you need) to do",
         r"(?:so )?you can (?:breathe|relax|rest easy|stop worrying)(?: (?:easy|easier|again|now))?"),
    _cue("validates", "empathy", +1, "validates the customer",
         r"you(?:'re| are) (?:absolutely |completely |totally |quite )?right", r"(?:that'?s|that is|it'?s|it is) "
         r"(?:completely |totally |perfectly |entirely )?(?:understandable|fair|reasonable|a fair question|"
         r"valid(?! (?:for|until|till|through|from|up to)\b))",
         r"(?:good|great|fair|valid) (?:question|point|catch|complaint|concern)", r"you have every right",
         r"(?:good|smart|wise|sensible|right) (?:thing|idea|call) to (?:check|ask|confirm)",
         r"(?:completely|totally|perfectly|entirely) understandable",
         r"(?:more|too) (?:complicated|confusing|difficult|hard) than it (?:should|needs to|ought to) be",
         r"(?:thanks?|thank you) (?:so much )?"
         r"for (?:flagging|telling|sharing|reaching out|raising)",
         rf"i (?:really |truly )?appreciate(?! (?:{_FORMULA_APPRECIATED}))",
         r"anyone would (?:be|feel)",
         r"would (?:test|try|frustrate|annoy|wear down|get to|frighten|scare|upset|shake|rattle|worry) anyone",
         r"(?:it|that) makes (?:total |complete |perfect )?sense (?:to (?:be|feel)|that you|you(?:'d| would| are|'re))",
         r"no question is too (?:basic|small|simple|silly|daft)",
         r"(?:you did|you've done|that was) (?:the )?(?:right|exactly)",
         r"i(?:'d| would) (?:be|feel) (?:\w+ ){0,2}(?:too|as well)", r"of course you(?:'re| are| feel)",
         r"would have me (?:\w+ ){0,2}(?:too|as well)",
         r"you deserve (?:better|an answer|a proper|to)", r"(?:is|was) " + _INTENSIFIER + r"unfair (?:on|to) you",
         r"(?:that'?s|that is|it'?s|it is|this is) (?:just )?not "
         r"(?:good enough|ok|okay|acceptable|fair|right)", r"(?:far|much|way) too long",
         r"(?:is|are|was|were|that'?s) (?:far |way |much )?too (?:long|many)",
         r"you(?:'ve| have)? (?:did|done) (?:nothing|everything|exactly) (?:wrong|right|what)",
         r"(?:it'?s|it is|that'?s|that is) not your fault",
         r"not (?:at all )?(?:a )?(?:silly|dumb|stupid|daft|awkward|embarrassing)(?: question)?(?: at all)?",
         r"(?:perfectly|completely|totally) (?:normal|reasonable|fair)",
         r"you(?:'re| are) not (?:stupid|silly|daft|an idiot|the only one|to blame|being unreasonable|overreacting|"
         r"(?:being )?an? (?:nuisance|bother|pain)|bothering (?:me|us|anyone)|"
         r"crazy|imagining (?:it|things))",
         r"(?:don'?t|do not|try not to|please don'?t) (?:be (?:so )?hard on yourself|blame yourself|"
         r"beat yourself up|feel (?:bad|silly|stupid|embarrassed|guilty|ashamed))",
         r"(?:this|it|that) (?:happens|can happen|could happen) to (?:anyone|anybody|everyone|the best|"
         r"careful people|(?:lots|plenty) of \w+|(?:so )?many \w+)",
         r"nothing to be (?:embarrassed|ashamed|sorry|worried) about",
         # normalising: "lots of students get tripped up by this" (not "lots of people manage fine")
         r"(?:lots|plenty|loads|so many|many) of (?:people|students|customers|parents|patients|members|families|"
         r"clients|folks|others|us)(?: \w+){0,2} (?:find|found|get (?:caught|tripped|confused|stuck)|got (?:caught|"
         r"tripped|confused|stuck)|struggle|end up|ended up|feel|felt|miss|missed|mix|mixed|don'?t|do not|"
         r"wouldn'?t|never|go through|are in the same|have (?:had|been) (?:the same|there))",
         r"(?:is|was) exactly the right (?:step|thing|move|call|question)",
         r"(?:(?:happens|is) (?:a lot )?more (?:often|common)|happens more) than you(?:'d| would| might) think",
         r"you (?:haven'?t|have not|didn'?t|did not) (?:misunderstood|misread|done anything wrong|got it wrong)",
         r"(?:isn'?t|is not|wasn'?t|was not|not) (?:just )?an? (?:small|minor|little) (?:inconvenience|thing|issue|"
         r"matter|problem)",
         r"(?:scammers|fraudsters|scams) (?:are|can be) (?:very |really |incredibly |so )?(?:convincing|clever|"
         r"sophisticated|believable)"),
    _cue("warm_close", "empathy", +1, "warm, personal tone",
         rf"(?:take care|hope (?:you|your|this|that|things|everything)(?!{_FORGIVE}|{_NOT_UPSET})|wishing you|"
         r"all the best|my pleasure|"
         r"happy to help|glad (?:i|we) could|you'?re welcome|enjoy your|good luck)"),
    _cue("fake_apology", "empathy", -1, "apology without ownership",
         r"sorry (?:that |if )?you(?:'re| are| were)? (?:feel|felt|think|thought|see it|upset|unhappy|disappointed|"
         r"dissatisfied|perceive|believe)", r"sorry if (?:you|this|that|there|anyone)",
         r"sorry if (?:your \w+|she|he|they) (?:felt|feels|feel|was|were|thought|found)",
         r"(?:sorry|apologi[sz]e|apologies|regret) for any (?:inconvenience|confusion|trouble|issues?|"
         r"frustration|distress|upset)(?: (?:this|that) (?:may|might) have caused| caused)?",
         r"(?:sorry|apologi[sz]e|apologies|regret) for (?:the|this|that) (?:\w+ )?inconvenience(?: caused)?",
         r"(?:for|and) any (?:inconvenience|confusion|trouble|distress|upset|frustration) (?:this|that|it|we) "
         r"(?:may|might) have caused", r"please accept (?:our|my) apologies", r"(?:we|i) regret (?:any|that you)",
         r"sorry,? but", r"if (?:you|anyone) (?:was|were|felt) (?:offended|upset|inconvenienced)"),
    _cue("blames_customer", "empathy", -1, "blames the customer",
         r"you should(?:'ve| have)(?! " + _OWED_TO_YOU + ")",
         r"(?:is|are) (?:normally |usually |ultimately |always |solely )?the (?:account holder|customer|cardholder|"
         r"user|policyholder|buyer)'?s? (?:own )?responsibility",
         r"you (?:didn'?t|did not|failed to|forgot to|neglected to|never) "
         r"(?:read|check|follow|select|choose|enter|update|tell|provide|pay|notice|look)\w*",
         r"(?:it'?s|it is|that'?s|that is|this is) (?:your|the customer'?s) (?:own )?(?:fault|responsibility|problem|"
         r"mistake|choice)", r"(?:as|like) i (?:already |just )?(?:said|told you|mentioned|explained)",
         r"if you(?:'d| had) (?:only |just |actually )?(?:read|checked|followed|paid|listened|chosen|selected|"
         r"replied|answered|responded|booked|ordered|looked|asked|called|told|remembered|bothered)",
         r"(?<![a-z,;:] )should(?:'ve| have) (?:checked|read|looked|asked|booked|ordered|thought|known|paid|called|"
         r"replied|told|double-checked|made sure)", r"user (?:error|mistake)",
         r"(?:which|that|it)(?:'s| is| was) (?:clearly |all |also |right )?(?:on|in) (?:the|our|every|each) "
         r"(?:website|site|app|text|email|letter|newsletter|confirmation|terms|faq|page|contract|receipt|sign)s?",
         r"(?:on|in) (?:every|each) (?:sign|email|letter|newsletter|text|page|confirmation)",
         r"(?:it'?s|it is) all (?:there|in (?:the|our|your) [\w-]+)",
         r"you must have", r"(?:you|your) (?:clearly|obviously) (?:did|didn'?t|chose|agreed)",
         r"(?:this|it|that) (?:usually |normally |often |only |typically |mostly )?happens (?:a lot |all the time |"
         r"often )?when (?:customers|people|"
         r"users|employees|you|drivers|members|passengers|guests|owners|patients|students) (?:don'?t|do not|forget|"
         r"fail|didn'?t|miss|haven'?t|aren'?t|skip|ignore)",
         r"(?:were|was|had been|have been) (?:posted|published|displayed) (?:on|in) (?:our|the) (?:website|site|app|"
         r"noticeboard|portal|social media)",
         r"(?:were|was|is|are) (?:all |clearly |fully )?(?:explained|covered|set out|outlined|listed|mentioned) "
         r"(?:\w+ )?(?:at|in|during|on) (?:the |your |our )?(?:induction|handbook|terms|contract|welcome pack|"
         r"orientation|onboarding|guide|faq|website|app|booking email|confirmation)",
         r"(?:you|admins?|users?|customers?|owners?|account holders?|members?|parents?|guests?|passengers?) "
         r"(?:are|is) (?:solely |fully |entirely |always )?responsible for (?:their|your|any|all|checking|making)",
         r"you need to (?:read|pay attention|listen)", r"(?:clearly|as) (?:stated|explained|written|shown)",
         r"as (?:noted|stated|explained|outlined|indicated|advised|specified) (?:at|in|on|during|when|before)",
         r"you (?:agreed|accepted|signed up) (?:to|for) (?:this|these|the terms)",
         r"you did (?:sign|agree|accept|choose|order|book|tick|click|select)",
         r"(?:read|check) the (?:fine print|terms|faq|manual|instructions)",
         # lecturing about next time
         r"(?:in (?:the )?future|next time),? (?:please )?(?:make sure|check|read|ensure|remember|double-check|try to)",
         r"(?:in (?:the )?future|next time|going forward),? (?:it'?s (?:a good idea|best|wise|worth)|(?:you|your \w+) "
         r"(?:should|need to|must|might want to)|always|be (?:wary|careful|sure))",
         # (not the customer praised for checking now: "Good thing to check before buying")
         r"(?<!thing to )(?<!idea to )(?<!call to )(?<!right to )(?:check|read|double-check) (?:\w+ ){0,3}before "
         r"(?:ordering|booking|buying|paying|submitting|sending|"
         r"checking out|you (?:order|book|buy|pay|submit|send|check out))",
         r"(?:make sure|check|double-check|read|remember) [^.!?\n]{0,60}(?:in (?:the )?future|next time)",
         r"(?:give|allow) (?:us )?(?:more|enough|plenty of|sufficient) (?:notice|time)",
         r"(?:we|i) (?:do |would )?ask (?:all )?(?:customers|callers|members|guests|passengers|you) to "
         r"(?:remain|be|stay|keep|treat)", r"(?:we|i) always (?:advise|recommend|ask|tell|remind)"),
    _cue("dismisses", "empathy", -1, "dismisses the customer",
         r"(?:that'?s|that is|it'?s|it is|this is) not (?:my|our) (?:problem|fault|department|responsibility|"
         r"concern|issue)", r"calm down", r"(?:please |try to |try and )?(?:stay|keep|remain) calm",
         r"(?:there'?s|there is) nothing (?:i|we|anyone) can do",
         r"nothing (?:i|we) can do", r"it is what it is",
         r"(?:isn'?t|is not|not) (?:really |exactly |actually )?(?:my|our) (?:problem|fault|department|responsibility|"
         r"concern|issue)",
         r"(?:we|i) (?:get|see|have|receive) (?:dozens|loads|lots|a lot|so many|hundreds|tons|plenty) of (?:these|"
         r"those|people like you|calls like this|messages like this)", r"but there we go",
         r"(?:just|(?<!n't )(?<!not )(?:have|need|got) to|learn to) deal with it",
         r"(?:not|no) (?:a )?big deal",
         # minimising: "it's only a short wait", "at least it's covered", "it won't make much difference"
         r"(?:it'?s|it is|that'?s|that is|this is|it was) (?:only|just) (?:a |an |one )?(?:short|small|little|minor|"
         r"quick|brief|slight|tiny|few|couple|day|hour|week|minute)",
         r"at least (?:it|you|they|nobody|no one|no-one)(?:'s|'re|'ve| is| are| have| has| still| got| didn'?t)",
         r"(?:won'?t|will not|shouldn'?t|should not|doesn'?t|does not) make (?:much|a lot of|any|a big|a huge) "
         r"difference", r"(?:could|can) (?:always )?be worse", r"not the end of the world",
         r"(?:she|he|they|you)(?:'ll| will) survive\b",
         r"(?:isn'?t|is not|wasn'?t|was not) (?:exactly )?(?:a tragedy|a disaster|a catastrophe|life or death)",
         r"(?:every ?thing|it all) happens for a reason", r"look on the bright side", r"every cloud",
         r"(?:cancellations|delays|mistakes|errors|outages|glitches|accidents) (?:do|can|sometimes|will) happen",
         r"relax,", r"whatever you (?:say|want)", r"you(?:'ll| will) (?:just )?have to (?:wait|accept|live with|deal)",
         r"just (?:wait|be patient)", r"these things happen", r"(?:can'?t|cannot) help you(?: with that)?",
         r"not (?:much|anything) (?:i|we) can do", r"(?:you'?re|you are) overreacting", r"take it or leave it",
         r"(?:try|contact|call|ask) (?:someone|somebody) else", r"that'?s (?:just )?how it (?:is|works)",
         r"(?:i'?m|i am) (?:just|only) (?:the|an?) (?:agent|messenger)", r"moving on",
         r"i (?:just|only) (?:handle|answer) (?:the )?(?:chat|phone|calls?|messages?)",
         # the customer as one of a crowd: "everyone wants their parcel yesterday", "everyone who calls says they
         # need it urgently", "wait like everyone else"
         r"(?:(?:nearly |almost )?every ?(?:one|body)|every (?:customer|tenant|parent|student|passenger|guest|member|"
         r"patient|user|client|caller|driver|player)s?)(?: [\w']+){0,5} (?:seems? to )?(?:wants?|thinks?|says?|"
         r"claims?|tells? us|expects?) (?:their|theirs|they|the same|an?|it)",
         r"like every ?(?:one|body) else", r"won'?t (?:speed|hurry) (?:anything|it|this|things) up",
         r"(?:chasing|asking|shouting|complaining) (?:again |more )?(?:won'?t|will not|doesn'?t) (?:help|change|speed)",
         r"no need to keep (?:checking|asking|chasing|calling|messaging|contacting)",
         # a worry waved away rather than answered: "there's really no need to panic", "nothing to worry about"
         r"no need (?:for you )?to (?:be )?(?:worry|worried|panic|nervous|scared|anxious|afraid|stress|alarmed|"
         r"concerned|fret)",
         r"nothing to (?:worry|panic|stress|fret) about|nothing to be (?:nervous|worried|scared|anxious|afraid|"
         r"alarmed|concerned|frightened) about",
         r"(?:every|each) (?:week|day|time) (?:someone|somebody|people)"),
    _cue("quotes_policy", "empathy", -1, "cold policy-quoting",
         r"(?:per|according to|as per|in (?:line|accordance) with|under) (?:our|the|company|its) (?:\w+ ){0,2}"
         r"(?:policy|policies|terms|guidelines|procedures?|regulations|rules)",
         r"(?:our|the|company) (?:\w+ )?policy (?:states|clearly|is|does not|doesn'?t|requires|dictates|says|"
         r"prohibits)",
         r"company policy", r"(?:we are|we'?re|i am|i'?m) (?:not )?(?:unable|not able|not permitted|not allowed) to",
         r"(?:this|that|it) is (?:standard|our) (?:procedure|practice|process)", r"no exceptions",
         r"(?:the|our) system (?:does not|doesn'?t|won'?t) allow", r"(?:is|are) non-?refundable",
         r"(?:we|the company|i) (?:cannot|can'?t|do not|don'?t|will not|won'?t) (?:accept|take) (?:any )?"
         r"(?:responsibility|liability)", r"(?:we are|we'?re) not (?:responsible|liable)",
         # a fix framed as a favour: "I've made a one-time exception", "happy to make an exception this time"
         r"(?:make|made|making) (?:an?|this|a one-(?:time|off)) exception", r"one-(?:time|off) exception",
         r"just this once", r"as a one-(?:time|off) (?:courtesy|favou?r)"),
    _cue("makes_excuses", "empathy", -1, "excuse instead of ownership",
         r"(?:outside|beyond) (?:of )?(?:our|my|the company'?s) control",
         r"(?:was|were|is|are) (?:completely |entirely |totally )?(?:unforeseeable|unavoidable|unforeseen)",
         r"due to (?:(?:very|extremely|unusually|exceptionally) )?(?:high|heavy|increased|unprecedented) "
         r"(?:volumes?|demand|call volumes?|traffic)",
         r"(?:we are|we'?re|we have been|we'?ve been) (?:dealing with|experiencing|seeing|handling|receiving) "
         r"(?:a |an )?(?:very |extremely |unusually |exceptionally )?(?:high|large|huge|record|unprecedented) "
         r"(?:volume|number|level|amount)s?",
         r"(?:were|was|are|is) (?:very |extremely |unusually |incredibly |exceptionally |quite |rather |a bit )?busy "
         r"(?:this|today|at the "
         r"moment|right now|due|because)", r"(?:it |this |that )?(?:isn'?t|is not|wasn'?t|was not) (?:our|my) fault",
         r"nothing (?:we|i) could (?:have )?(?:done|do)", r"please be aware(?: that)?",
         r"through no fault of (?:our|my) own",
         r"(?:i|we) (?:can'?t|cannot) control (?:the|your|what|how)",
         # defending the staff to the customer they failed: "Our staff followed the emergency procedure correctly"
         r"(?:our|the) (?:staff|team|driver|engineer|agent|colleague|technician|nurse|teacher|crew)s? (?:\w+ )?"
         r"(?:followed|did|acted|handled)(?: \w+){0,3} (?:correctly|properly|by the book|appropriately)"),
    _cue("sarcasm", "empathy", -1, "sarcasm or condescension",
         r"good luck with that", r"nice try", r"as i'?m sure you(?:'re aware| know| understand)",
         r"obviously", r"surely you", r"clearly you", r"i(?:'m| am) sure you(?:'ll| will) (?:manage|figure)",
         r"thanks for nothing",
         r"wow,(?! (?:that'?s (?:a lot|so|really|awful|terrible|rough|hard|amazing|huge|incredible|brilliant)|"
         r"congrat|what a|well done|i'?m so))", r"(?:oh )?well,? (?:maybe|then|good)",
         r"some people", r"if you (?:actually|even) (?:read|bothered|tried)", r"it'?s not rocket science",
         r"even a child", r"simple as that", r"for the (?:last|hundredth|third|second) time",
         r"as you(?: (?:may|might|should|would|must|will)|'ll) (?:know|be aware|have seen)",
         r"you(?:'ve| have) (?:already )?been told",
         r"funny how", r"funnily enough", r"the classic",
         r"you do (?:know|realise|realize|understand) (?:that |the |it|you)",
         r"for the record", r"in (?:quite |really |very )?(?:large|big|bold) letters", r"\bmate\b",
         r"honestly,? (?:if (?:you|your)|you(?:'re| are| should| could| need| can't| cannot))",
         r"(?:since|as) you(?:'ve| have)? asked so (?:nicely|politely)", r"nice timing",
         r"(?:it'?s|that'?s|this is|it is) (?:(?:really|honestly|just) not|not (?:that|so|really)) "
         r"(?:complicated|difficult|hard)",
         r"not exactly (?:hidden|hard to find|difficult|complicated|a secret|rocket science)",
         # an eye-roll, an upside-down or an unamused face from the agent
         r"\U0001F644|\U0001F643|\U0001F612",
         r"(?:a lot of|lots of|many|plenty of) (?:people|customers|members|passengers|guests|users) "
         r"(?:say|claim|pretend)",
         r"(?:really|actually) (?:very |quite |pretty )?(?:simple|easy|straightforward)",
         r"(?:simple|easy|straightforward) once you (?:get used to|know|learn)",
         r"(?:too|a bit) (?:much|difficult|hard|complicated|technical) for you",
         r"(?<!not )(?<!n't )\ban? (?:very |really |pretty |super |quite )?(?:basic|simple|easy) "
         r"(?:one|question)(?! to)"),
    # A customer who swore or shouted at the situation, answered with a warning about their language or capitals.
    _cue("polices_tone", "empathy", -1, "polices the customer's language",
         r"keep (?:the |this |our |your )?(?:language|conversation|chat|tone|discussion|messages?) (?:respectful|"
         r"civil|polite|professional|clean|friendly)", r"(?:mind|watch) your (?:language|tone)",
         r"(?:there'?s|there is) no need (?:for|to use) (?:that|such|this) (?:language|tone)",
         r"no need to (?:shout|yell)", r"stop (?:shouting|yelling)",
         r"(?:i|we) (?:won'?t|will not|do not|don'?t|cannot|can'?t) (?:tolerate|accept) (?:abusive|offensive|that|"
         r"this|such|bad|foul|rude)", r"(?:abusive|offensive|foul|bad) language"),
    # Over-apologising that turns to the agent's own feelings: the customer ends up comforting the agent.
    _cue("centres_agent", "empathy", -1, "about the agent's feelings, not the customer's",
         r"i feel (?:so |really |just |absolutely |truly )?(?:terrible|awful|bad|horrible|dreadful|sick|guilty)"
         r"(?! for you)", r"i(?:'m| am) (?:so |absolutely |really |truly )?(?:mortified|beside myself)",
         rf"(?:i )?(?:hope|pray) (?:that )?you{_FORGIVE} (?:me|us)",
         r"please (?:forgive|don'?t be (?:mad|angry|cross|upset) with) (?:me|us)",
         rf"(?:i )?hope you{_NOT_UPSET} (?:with|at) (?:me|us)",
         r"i(?:'m| am) having (?:a|such a) (?:bad|terrible|rough|hard|long) day",
         # the agent's own inexperience as the story: "I'm new here so I'm not totally sure"
         r"i(?:'m| am) (?:\w+ )?new (?:here|in (?:the|this) (?:\w+ )?(?:team|job|role|department))",
         r"(?:only|just) (?:in )?my (?:first|second|third) (?:day|week|month)", r"i(?:'m| am) still learning",
         # the company's regret at losing a customer, to one who is leaving: "Sorry to see you go!"
         r"sorry to see you (?:go|leave)"),
    # Promises nobody can keep sound like comfort and cost the customer's trust when they fail.
    _cue("overpromises", "empathy", -1, "promise no one can guarantee",
         r"(?:this|it|that)(?:'ll| will)? never (?:happen|happens) (?:to you )?again",
         r"(?:will|'ll|is going to) (?:definitely|certainly|100%) (?:be (?:found|fixed|resolved|sorted|back|delivered|"
         r"approved|refunded)|arrive|turn up|work)",
         r"i (?:can )?(?:promise|guarantee)(?: you)?,? (?:this|it|that|nothing like this)(?: will| is going to)? "
         r"(?:never|won'?t|will not)", r"(?:he|she|they)(?:'ll| will) be (?:totally |absolutely |completely )?fine",
         r"(?:i'?m|i am) (?:confident|sure|certain|positive) (?:that )?(?:this|it|that|you|everything)(?:'ll| will)"),
    _cue("robotic", "empathy", -1, "impersonal, scripted wording",
         r"dear (?:valued )?(?:customer|client|user|guest|member|passenger|patient|sir or madam|sir/madam)",
         r"valued (?:customer|guest|member|client|passenger)", r"(?:it is|it'?s) (?:our|my) (?:absolute |great )?"
         r"pleasure to (?:assist|help)", r"(?:we|i) regret to (?:hear|learn|inform)",
         r"assist you with your (?:enquiry|inquiry|query|request)",
         r"your (?:call|request|query|ticket|case) (?:is|has been) (?:important|noted|logged|received|updated)",
         r"thank you for contacting", r"(?:thanks?|thank you) (?:so much )?for (?:your (?:patience|understanding)|"
         r"bearing with (?:me|us))", r"we value your (?:business|feedback|custom)",
         r"this is an automated", r"kind regards",
         # clinical words for someone's death
         r"the deceased", r"date of death", r"cremated remains", r"in the event of (?:a )?(?:bereavement|death)",
         r"(?:we|i) take (?:all |every |your |any )?(?:complaints?|feedback|concerns?|this|these matters) (?:very |"
         r"extremely |most )?seriously",
         rf"(?:we|i) (?:really |truly )?(?:appreciate|value) (?:{_FORMULA_APPRECIATED})",
         r"(?:we|i) (?:truly |really )?(?:understand and )?value your feelings",
         r"(?:i|we) (?:(?:completely|totally|fully|really|truly|do|can|definitely) )*understand " + _STOCK_FEELING,
         r"is there anything else i can (?:help|assist) you with",
         r"thank you for (?:contacting|your (?:enquiry|inquiry|query|message|email))",
         r"(?:passed|forwarded|referred) (?:on )?to the (?:relevant|appropriate) (?:department|team)",
         r"(?:your|the) (?:query|enquiry|inquiry|request) has been (?:noted|logged|received|recorded)"),
)

APOLOGY_WORD = re.compile(r"(?<![\w'])(?:sorry|apologi[sz]e[sd]?|apologies|apology)(?![\w'])", re.IGNORECASE)

# A customer who wants the facts, not sympathy: "just tell me if it's fixed. not interested in apologies", "numbers
# only pls", "no retention offers please". (Not "a straight answer": an angry customer asks for one too.)
APOLOGIES_REFUSED = re.compile(
    r"(?:not interested in|(?:don'?t|do not) (?:want|need)|spare me|skip|enough (?:with|of)|no more|save) "
    r"(?:the |your |any |more |all |these |those |another |an? )?(?:apolog\w*|sorr(?:y|ies)|sympathy)|"
    r"stop (?:apologi[sz]ing|saying sorry)|(?:don'?t|do not) need (?:a|the) (?:chat|conversation)|"
    r"no (?:need for )?(?:chit-?chat|small talk|(?:the |your )?(?:sympathy|apolog\w*))|"
    r"(?:just|only) (?:the )?(?:facts|numbers|figures)|(?:facts|numbers|figures) only|"
    r"no (?:fluff|waffle)|cut to the chase|(?:no|spare me the|skip the) (?:sales pitch|retention offers?|speech)",
    re.IGNORECASE)

# A customer who takes it lightly ("no biggie", "not angry, just letting you know"), and the apology out of all
# proportion to that ("I'm so deeply sorry for any distress this may have caused").
RELAXED_CUSTOMER = re.compile(
    r"(?<![\w'])(?:no biggie|no big deal|not a big deal|nothing serious|not (?:an )?emergency|not urgent|no rush|"
    r"these things happen|(?:it|stuff) happens|"
    r"no hurry|not (?:angry|upset|annoyed|complaining|fussed|bothered)|not the end of the world|"
    r"whenever you (?:get a chance|can)|just (?:letting you know|a heads[- ]up|fyi)|"
    r"any (?:date|day|time|slot)(?: (?:in|next|this) \w+)? (?:is fine|is ok|is okay|works|suits)|"
    r"(?:i'?m|i am) (?:flexible|easy)|lol|lmf?ao|rofl|ha(?:ha)+|\U0001F602|\U0001F923|\U0001F605|\U0001F648|"
    r"\U0001F606)(?![\w'])",
    re.IGNORECASE)
# A grave apology is out of proportion to a customer who showed no feeling at all ("can you resend my receipt?").
_GRAVE_APOLOGY = (r"(?:deeply|truly|sincerely|terribly|extremely|incredibly) (?:sorry|apologetic)|(?:sincerely|"
                  r"deeply|profusely|unreservedly) apologi[sz]e|sincere(?:st)? apolog(?:y|ies)|any distress|"
                  r"(?:sorry|apologi[sz]e|apologies) (?:for|about) any (?:worry|anxiety|stress|upset|alarm)")
GRAVE_APOLOGY = re.compile(rf"(?<![\w'])(?:{_GRAVE_APOLOGY})(?![\w'])", re.IGNORECASE)
OVERDONE_APOLOGY = re.compile(
    rf"(?<![\w'])(?:so (?:sorry|apologetic)|{_GRAVE_APOLOGY}|distressing|unacceptable|"
    r"i hope you(?:'re| are) (?:ok|okay|alright|all right|safe))(?![\w'])", re.IGNORECASE)
_UPSET_NOUN = r"(?:frustration|distress|upset|anguish|worry|anxiety|stress|confusion)"
# Strong feelings put on a customer who took it lightly: "I can only imagine how upsetting this is", "that must be so
# stressful" to "lol".
PRESUMED_FEELINGS = re.compile(
    r"(?<![\w'])(?:i can (?:only |just )?imagine (?:how|what)|you must be (?:feeling )?(?:so |really |very |"
    r"incredibly |absolutely )?(?:worried|stressed|overwhelmed|devastated|distraught|frightened|terrified|heartbroken|"
    r"beside yourself)|(?:must|will) be (?:such |so |a |really |very |an |absolutely |truly |incredibly |utterly )*"
    r"(?:shock|shocking|overwhelming|devastating|terrifying|frightening|traumatic|heartbreaking|stressful|worrying|"
    r"upsetting)|"
    # how a kind of thing feels in general ("how stressful switching can be", "the wiring can be worrying", "how
    # frustrating it is to find trousers that fit"), not how what happened felt ("how scary that is with your
    # insulin in the bag", "that must have been upsetting")
    # ... and how "this" feels, said of nothing in particular: "I totally get how stressful this is!"
    r"i (?:totally |completely |really |fully )?(?:know|get|understand) how (?:stressful|worrying|upsetting|"
    r"overwhelming|scary|frustrating|confusing|annoying)(?:(?! (?:that|this)\b| it\b(?! is to| can be))|"
    r" (?:this|that|it) (?:is|must be|can be)(?=\s*(?:[.!?,;]|$)))|"
    r"(?:i )?(?:totally |completely |really )?feel your pain|"
    r"(?:can|could) (?:be|feel) (?:so |really |very |quite |a bit |"
    r"a little |pretty )?(?:worrying|stressful|overwhelming|scary|daunting|nerve-?wracking|upsetting|frightening)|"
    rf"(?:(?:sorry|apologi[sz]e) for (?:the |any |all the )?)?{_UPSET_NOUN}(?:(?:,? and |, | or ){_UPSET_NOUN}){{0,2}}"
    r" (?:this|that|it) (?:has|must have|may have|might have) caused(?: you)?|"
    r"going through (?:this|all this|so much|such a)|"
    r"your whole (?:life|world)|(?:such a|this) (?:difficult|stressful|distressing|worrying|hard|painful) time)"
    r"(?![\w'])", re.IGNORECASE)
# A customer in a hurry ("in a rush", "quick one", "need an answer fast", a customer waiting at the till), or who
# wants it straight ("yes or no"): the answer first, pleasantries later if at all. A departure in minutes is a hurry
# ("my boat leaves in 2 min", "doors closing"); "it sold out in 2 minutes" is not.
HURRIED_CUSTOMER = re.compile(
    r"(?<![\w'])(?:(?:i'?m|i am|we'?re|we are|^) ?in a (?:hurry|rush)|quick (?:one|question|q)\b|"
    r"running (?:late )?to (?:a|my|the|an) "
    r"(?:meeting|train|flight|plane|appointment|class|lecture|shift|interview)|between meetings|(?:have|got) (?:\d+|"
    r"two|a few|five|ten) (?:mins?|minutes|secs|seconds)|no time|short on time|pressed for time|asap|"
    r"(?<!sold )(?:leav(?:es|ing)|depart(?:s|ing)|board(?:s|ing)|clos(?:es|ing)|start(?:s|ing)|off|out) in "
    r"(?:\d+|a|one|two|five|ten|a few|a couple of) (?:mins?|minutes|secs?|seconds)|doors (?:are )?closing|"
    r"about to (?:board|leave|go in)|"
    r"(?:on the (?:train|bus|plane)|at (?:security|the gate|the airport|the station)) now|^quick\b|"
    r"quick,? (?:pls|please|plz)|(?:pls|please|plz),? (?:be )?quick|"
    r"(?:meeting|presentation|flight|train|interview|exam|class|lecture|shift|call|appointment|demo|pitch)s? "
    r"(?:\w+ )?in (?:\d+|two|five|ten|fifteen|twenty|a few) (?:mins?|minutes)|(?:fix|sort) (?:it |this |that )?"
    r"(?:now|asap|immediately)|yes or no|(?:need|want)s? (?:an? |the )?(?:answer|reply|response) (?:fast|quick(?:ly)?)|"
    r"fast,? (?:pls|please|plz)|"
    r"(?:a|the) customer (?:is )?(?:waiting|at the (?:counter|till|desk)))(?![\w'])",
    re.IGNORECASE)

# The labels of the cues that read a sentence's tone (not its topic, as "refers to the customer's own situation").
TONE_LABELS = frozenset(cue.label for cue in EMPATHY_CUES)

CHEER_WORDS = re.compile(
    r"(?<![\w'])(?:great|awesome|fantastic|amazing|wonderful|super|yay|woo+hoo|exciting|cool|perfect(?! sense)|"
    r"no worries|no problem|happy to|delighted|lovely|brilliant|fun|hooray|sweet|nice|haha\w*|lol|incredible|"
    r"well done|love (?:hearing|to hear) (?:that|this))(?![\w'])"
    r"|!{1,}|[\U0001F600-\U0001F64F\U0001F389\U0001F38A\U0001F44D\u263A\u2764]|:-?\)|:D|;\)",
    re.IGNORECASE)

GRIEF = re.compile(
    r"(?<![\w'])(?:passed away|passed on|died|dying|death|dead|funeral|bereave\w*|widow\w*|lost my|loss of|"
    r"terminal|cancer|hospital\w*|hospice|grie\w*|mourn\w*|late (?:husband|wife|mother|father|mum|mom|dad|son|"
    r"daughter|partner)|miscarriage|divorce|laid off|lost (?:my|our) (?:job|home|house)|suicid\w*|self[- ]harm\w*|"
    r"overdosed?|kill(?:ed|ing)? (?:myself|herself|himself|themselves)|took (?:his|her|their|my) own life|"
    r"lost (?:the|our|a|my) baby|stillb(?:orn|irth))(?![\w'])",
    re.IGNORECASE)
DISTRESS = re.compile(
    r"(?<![\w'])(?:angry|furious|livid|ridiculous|unacceptable|disgust\w*|outrage\w*|worst|terrible|awful|"
    r"useless|fed up|sick of|had enough|pathetic|joke|scam|frustrat\w*|annoy\w*|upset|disappoint\w*|worried|"
    r"worry|anxious|nervous|scared|afraid|panic\w*|desperate|urgent\w*|stress\w*|nightmare|can'?t believe|"
    # "again" and "still" as a problem that goes on, not "thanks again" or "still on auto-delivery?"
    r"(?<!thanks )(?<!thank you )again|still (?:not|no|nothing|waiting|\w+n'?t|broken|missing|stuck|down|pending)|"
    r"third time|second time|(?<!opening )(?<!business )(?<!office )hours?|days|weeks|nobody|no one|never|help me|"
    r"please help|crying|"
    r"overwhelm\w*|confus\w*|lost|stuck|ruin\w*|embarrass\w*|humiliat\w*|hate|cancel|rejected|declined|refused|"
    r"denied|stolen|flood\w*|in tears|terrified|frightened|emergency|evict\w*|bailiffs?|"
    r"(?:don'?t|do not) (?:even )?know (?:where to start|what to do)|losing (?:jobs|money|customers|sales|business)|"
    r"no (?:heating|power|water|electricity)|can'?t afford|"
    # how a person in difficulty says it: "I'm so lonely", "I can't take it anymore", "I feel like a failure"
    r"lonely|loneliness|alone|isolated|depress\w*|anxiety|hopeless|helpless|worthless|miserable|sad|unhappy|"
    r"heartbr\w*|devastat\w*|exhausted|struggl\w*|ashamed|numb|cr(?:y|ied|ies)|sobb\w*|tears|hurt(?:s|ing)?|"
    r"in pain|failure|(?:i|i've|i have) failed|failed out|give up|giving up|broke down|breaking down|"
    r"falling apart|end of my tether|at my wits'? end|can'?t (?:take|cope|handle|face|do) (?:it|this|that|"
    r"any ?more)|can'?t cope|too much for me|in debt|debt collect\w*)(?![\w'])"
    r"|!{2,}|\?{2,}",
    re.IGNORECASE)
SHOUTING = re.compile(r"\b[A-Z]{4,}\b")
# Good news a customer shares: a reply that celebrates with them is the warm one.
GOOD_NEWS = re.compile(
    r"(?<![\w'])(?:engaged|passed(?! away| on)|got the job|promot(?:ed|ion)|got married|newborn|baby (?:is|was) "
    r"(?:here|born)|had (?:a|our|the) baby|graduated|won|so excited|excited|thrilled|over the moon|can'?t wait|"
    r"yay+|woo+(?:hoo+)?|hooray|best (?:day|news)|(?:hit|reached|smashed|achieved|met) (?:my|our) (?:goal|target)|"
    r"(?:i|we) (?:did|made) it|got (?:the|my|our|an?) (?:keys|offer|visa|place)|got accepted)(?![\w'])"
    r"|[\U0001F389\U0001F38A\U0001F973\U0001F60D\U0001F970\U0001F929\U0001F64C\U0001F942]",
    re.IGNORECASE)
# A customer who writes formally ("Good afternoon. I should like to arrange...") expects the same register back;
# slang and jokes in reply read as over-familiar.
FORMAL_CUSTOMER = re.compile(
    r"^\W*(?:good (?:morning|afternoon|evening|day)\b|dear (?:sir|madam|team|support|\w+)\b|to whom it may concern)"
    r"|(?<![\w'])(?:i (?:should|would) (?:like|be grateful|be obliged)|please advise|kindly|i would appreciate|"
    r"could you (?:kindly |please )?(?:confirm|advise)|(?:kind|best) regards|yours (?:sincerely|faithfully)|"
    r"thank you in advance|many thanks in advance)(?![\w'])",
    re.IGNORECASE)
CASUAL_WORDS = re.compile(
    r"(?<![\w'])(?:hiya|hey(?: there)?|heya|yo|yep|yup|nope|yeah|gonna|wanna|kinda|sorta|o{2,}h+|omg|lol|lmao|"
    r"haha\w*|fingers crossed|no worries|cheers|mate|stuff|awesome|congrats|ya|btw|tbh|xx+|hun|hon|babe|sweetie|"
    r"sweetheart|darlin'?|luv|dude|bro|fam)(?![\w'])"
    r"|[\U0001F600-\U0001F64F\U0001F389\U0001F38A\U0001F44D\U0001F91E]",
    re.IGNORECASE)
# A customer's sarcasm is upset written as praise ("great service guys 👏", "Brilliant, you've seated my
# 4-year-old in 31C"): sentiment reads it as calm or pleased, so it counts as distress. A message that opens with
# praise ("Great, third outage this week") is sarcastic when it also says something went wrong (`GONE_WRONG`).
CUSTOMER_SARCASM = re.compile(
    r"(?<![\w'])(?:great|brilliant|fantastic|amazing|excellent|wonderful|stellar|top[- ]notch|fab) "
    r"(?:service|job|work|stuff|customer (?:service|care)|support)(?: (?:guys|team|there|as (?:always|usual)))?"
    r"(?: ?[.!]| ?\U0001F44F|$)"
    r"|(?<![\w'])(?:thanks for nothing|so much for|yeah,? right|what a joke|guess i'?ll (?:just )?|"
    r"i'?m sure (?:she|he|they|it|that)(?:'ll| will)|love (?:that|how) (?:you|your|i|my)\b|how (?:lovely|nice|great) "
    r"(?:of|that)|because (?:that|this) makes sense)"
    r"|\U0001F643|\U0001F644|\U0001F612|\U0001F44F|\U0001F921|/s\b|(?<![\w'])'[^'\n]{3,40}'(?= (?:took|is|was|means|"
    r"meant|turned|became|has|arrived))",
    re.IGNORECASE)
PRAISE_OPENER = re.compile(r"^\W*(?:oh )?(?:great|brilliant|fantastic|wonderful|perfect|lovely|marvell?ous|super|"
                           r"terrific|nice one|awesome|love it)\b\W", re.IGNORECASE)
GONE_WRONG = re.compile(r"(?<![\w'])(?:can'?t|cannot|won'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|haven'?t|"
                        r"again|another|still|third|second|wrong|broken|late|lost|missing|charged|outage|down|"
                        r"cancell?ed|seated|left)(?![\w'])", re.IGNORECASE)

HEDGES = _cue(
    "hedges", "clarity", -1, "hedge",
    r"maybe", r"perhaps", r"possibly", r"probably", r"might", r"i think", r"i guess", r"i believe",
    r"i(?:'m| am) not (?:sure|certain)", r"not sure", r"hopefully", r"sort of", r"kind of", r"should (?:be|work)",
    r"could (?:be|take|work)", r"it depends", r"depends on", r"(?:would|will|could|might|may) (?:really |all |also )?"
    r"depend", r"more or less", r"roughly(?! [$£€]?\d)",
    r"somewhat", r"in theory",
    r"we'?ll see", r"(?:i|we) (?:can|could) try", r"fingers crossed", r"if (?:all goes well|possible)",
    r"supposedly", r"it seems", r"apparently", r"from what i (?:understand|can see|know|gather|hear)",
    r"as far as i (?:know|can tell|understand|(?:can )?see)", r"depending on",
    r"may (?:be|have|take|need|not|vary|require)")
VAGUE = _cue(
    "vague", "clarity", -1, "vague",
    r"(?:at )?some point",
    # "soon" as a promise, not in a wish ("feel better soon") nor in "as soon as your room is ready"
    r"(?<!better )(?<!well )(?<!you )(?<!speak )(?<!talk )(?<!as )soon(?:ish)?",
    r"shortly", r"in due course", r"in the near future",
    r"at a later (?:date|time)",
    r"(?:as soon as|when(?:ever)?) (?:possible|we can|(?:it|we|they)(?:'re| are)? (?:can|ready|able))",
    r"look(?:ing)? into (?:it|this|that)", r"get back to you", r"the (?:relevant|appropriate|right|responsible|"
    r"concerned) (?:team|department|people|person|party)", r"(?:something|somehow|someone|somewhere|stuff|things)",
    r"various", r"a few (?:days|weeks|things)", r"in (?:some|certain) cases",
    r"(?:a few|some|certain) (?:exclusions|exceptions|restrictions|conditions|limitations)",
    r"(?:some|certain) (?:time|steps|issues|changes|things|details)",
    r"(?:etc|and so on|and so forth)", r"(?:we'?re|we are|i'?m|i am) (?:working|looking) on it", r"in a while",
    r"(?:one|some) of (?:our|the) teams?", r"(?:investigat|process|review)(?:ing|ed)? (?:it|this|the matter)")
FILLER = _cue(
    "bureaucratic_filler", "clarity", -1, "bureaucratic filler",
    r"please be advised", r"kindly (?:note|be informed|be advised)", r"please note that", r"at this (?:point in )?time",
    r"in accordance with", r"pursuant to", r"(?:we|i) would like to (?:inform|advise|notify) you",
    r"it (?:should|must) be noted", r"for your (?:information|reference|kind attention)", r"with (?:regard|regards|"
    r"respect) to", r"hereby", r"aforementioned", r"due to the fact that", r"at your (?:earliest )?convenience",
    r"the undersigned", r"in the event that", r"(?:is|are) (?:being )?(?:duly )?(?:noted|acknowledged)",
    r"in relation to", r"in respect of", r"we wish to", r"(?:in|with) reference to", r"as (?:per|regards)",
    r"(?:has|have) been (?:escalated|forwarded|actioned|processed) (?:accordingly|appropriately)",
    r"accordingly", r"herein", r"thereof", r"whereby", r"notwithstanding", r"facilitate", r"utili[sz]e")
# Plain-language guidance (plainlanguage.gov, the Plain English Campaign): prefer verbs to abstract nouns
# ("we decided", not "a decision was made") and the active voice.
NOMINALISATION = re.compile(r"(?<![\w'])[a-z]{3,}(?:tions?|sions?|ments?|ances?|ences?|ities|ity|nesses|ness|"
                            r"isations?|izations?|als?)(?![\w'])", re.IGNORECASE)
NOT_NOMINALISATIONS = frozenset(
    "question questions station nation mention mentioned moment moments comment comments payment payments "
    "department apartment appointment appointments document documents statement statements option options "
    "position section sections experience experiences difference instance instances balance sentence chance "
    "city cities community university quality quantity security identity activity facility business "
    "illness sadness kindness happiness fitness wellness email emails total animal arrival original local "
    "normal hospital personal medical rental final manual usual actual real deal meal several "
    "signal portal special general capital digital physical professional additional".split())
PASSIVE = re.compile(r"(?<![\w'])(?:is|are|was|were|be|been|being)\s+(?:(?:being|not|now|then|already|also|"
                     r"duly|currently|still)\s+)?(?:[a-z]+ed|made|done|given|taken|sent|seen|known|shown|paid|"
                     r"held|kept|told|found|set|put|brought|bought|built|chosen|written|sold)(?![\w'])",
                     re.IGNORECASE)
SPECIFIC_WORDS = _cue(
    "specifics", "clarity", +1, "concrete detail",
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", r"(?:january|february|march|april|june|july|august|september|"
    r"october|november|december)", r"today", r"tonight", r"tomorrow", r"this (?:morning|afternoon|evening|week)",
    r"within (?:the (?:next )?)?(?:an? |one |two |three |\d+ )?(?:minutes?|hours?|days?|business days?)",
    r"(?:by|before|until|after) (?:noon|midnight|the end of (?:the )?(?:day|week)|\d)",
    r"(?:click|tap|press|select|choose|open|go to|enter|type)\s+(?:on\s+)?(?:the\s+)?[\"'][^\"'\n]{1,40}[\"']",
    r"(?:click|tap|press|select|choose|open)\s+(?:on\s+)?(?:the\s+)?[A-Z][\w-]*(?: [A-Z][\w-]*)*"
    r"(?: (?:button|tab|menu|link|icon|page))?", r"[A-Z][\w-]+(?: [A-Z][\w-]+)? > [A-Z][\w-]+",
    r"(?:reference|order|ticket|case|tracking|confirmation) (?:number )?(?:#\s?)?[A-Z0-9-]{3,}")
NUMBERS = re.compile(r"(?<![\w.])(?:[$£€]\s?)?\d[\d,.:/-]*(?:\s?(?:%|am|pm|a\.m\.|p\.m\.|gb|mb|kg|km|days?|hours?|"
                     r"minutes?|mins?|weeks?|months?))?(?!\w)", re.IGNORECASE)
STEP_MARKERS = re.compile(
    r"(?m)^\s*(?:\d{1,2}[.)]|[-*\u2022]|step \d+:?)\s+|(?<![\w'])(?:first(?:ly)?|then|next|after that|finally|"
    r"once (?:that'?s|it'?s|you'?ve)|step (?:one|two|three|\d))(?![\w'])", re.IGNORECASE)
IMPERATIVE_START = re.compile(
    r"^(?:please\s+)?(?:click|tap|press|select|choose|open|go|enter|type|restart|unplug|plug|log|sign|check|"
    r"reply|send|visit|update|turn|switch|hold|wait|call|take|use|add|remove|download|install|scan|upload|"
    r"find|follow|confirm|copy|paste|reset|clear|try)\b", re.IGNORECASE)
NEXT_STEP = re.compile(
    r"(?<![\w'])(?:i(?:'ll| will| am going to|'m going to)|we(?:'ll| will)|i(?:'ve| have)|we(?:'ve| have)|"
    r"you(?:'ll| will) (?:receive|get|see)|here(?:'s| is) what)(?![\w'])", re.IGNORECASE)

TECHNICAL_TERMS = re.compile(
    r"(?<![\w'])(?:provision\w*|propagat\w*|backend|back-end|frontend|middleware|api|endpoint|payload|cache|"
    r"cookies?|dns|ip address|router firmware|firmware|latency|bandwidth|throughput|packet loss|docsis|modem "
    r"sync|ont|sla|kyc|aml|ach|iban|swift code|chargeback|pre-?authori[sz]ation|authori[sz]ation hold|"
    r"settlement|amorti[sz]ation|escrow|deductible|adjudicat\w*|subrogation|underwrit\w*|premium rider|"
    r"rma|sku|asn|bol|3pl|last[- ]mile|fulfil?ment cent(?:er|re)|consignment|manifest(?:ed)?|tier[- ]?[123]|"
    r"l[123] support|escalation matrix|ticket(?:ing)? queue|crm|erp|sso|2fa|mfa|oauth|token|ssl|tls|vpn|"
    r"smtp|imap|pop3|mx record|server-side|client-side|sync(?:hroni[sz]ation)? conflict|"
    r"reconcil\w*|accrual|pro-?rat\w*|remittance|disbursement|arrears|lien|indemn\w*|"
    r"root cause|workaround|hotfix|patch|deploy\w*|rollback|outage window|maintenance window|"
    r"node|backhaul|port(?:ing)? (?:request|authori[sz]ation)|imei|sim provisioning|apn|roaming profile|"
    r"esim profile|billing cycle|dunning|mandate|bin|cvv|pci|3ds|acquirer|issuer|interchange)(?![\w'])",
    re.IGNORECASE)
ACRONYM = re.compile(r"(?<![\w])[A-Z][A-Z0-9&]{1,6}s?(?![\w])")
COMMON_ACRONYMS = frozenset(
    "I OK US UK EU USA TV PC PIN ID FAQ AM PM ASAP PDF USB SMS GPS DVD CD ATM VAT UPS DHL FAQ CEO HR IT NHS UTC "
    "GMT EST PST CET DIY ETA EMAIL MR MRS MS DR NO OR AND THE PS AI IRS APP WIFI HD UV AC TBC NB RSVP BBQ PO "
    "GP NHS DVLA HMRC ISA SUV TSA KB MB GB TB".split())

# How customers sign or introduce themselves: "- Priya", "Thanks, Dean", "I'm Dana", "Mrs Hollis".
SIGNATURE = re.compile(r"(?:^|[\s.!?,])(?:-+|~|\u2013|\u2014|thanks,?|thank you,?|regards,?|cheers,?|best,?|"
                       r"many thanks,?)\s*([A-Za-z][a-z]{1,15})\s*[.!]?\s*$", re.IGNORECASE)
SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is|it's)\s+([A-Z][a-z]{1,15})\b")
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-z]{1,20})\b")
NOT_NAMES = frozenset(
    "sorry not so very really just still writing trying going getting calling here back afraid worried "
    "confused sure new done fine okay ok good happy glad tired angry upset lost stuck all you everyone "
    "team regards thanks cheers best".split())
