"""Lexical features and their evidence spans (no language model needed)."""

from __future__ import annotations

from simulator.domain import Mood, Persona
from simulator.scoring.features import analyse_reply, read_customer

ANGRY = "This is the third time my internet has dropped this week and I work from home. I'm furious!"
GRIEVING = "My father passed away last week and I need to close his electricity account."
CALM = "Hi, could you tell me when my order will arrive?"


def labels(reply: str, customer: str = ANGRY, dimension: str = "empathy") -> dict[str, set[str]]:
    """Each evidence label with the reply's words it points at."""
    analysis = analyse_reply(reply, read_customer(customer), customer)
    found: dict[str, set[str]] = {}
    for item in analysis.evidence[dimension]:
        found.setdefault(item.label, set()).add(reply[item.start:item.end])
    return found


def test_customer_mood_reads_anger_and_grief() -> None:
    assert read_customer(ANGRY).negativity > read_customer(CALM).negativity
    assert read_customer("Our house flooded last night and we're in a hotel with two small kids. I don't even know "
                         "where to start.").negativity >= 0.3
    assert read_customer(GRIEVING).grief == 1.0
    assert read_customer(CALM).grief == 0.0
    assert read_customer(CALM, Persona("Ann", "", Mood.ANGRY, 2)).negativity > read_customer(CALM).negativity


def test_a_person_in_difficulty_reads_as_upset_and_a_crisis_as_grave() -> None:
    for message in ("I'm so lonely since the move. I just wish I had someone to sort this with.",
                    "it's too much. i can't take it anymore",
                    "I've been depressed for months and I feel like a failure for missing the payment.",
                    "Honestly I'm exhausted and at the end of my tether with this account."):
        assert read_customer(message).negativity >= 0.15, message
        assert read_customer(message).grief == 0.0, message
    assert read_customer("My son self-harms and I need his phone contract changed to my name.").grief == 1.0
    assert read_customer("She killed herself in March; the bills still come in her name.").grief == 1.0
    assert read_customer("My son took his own life in May. Will his life insurance pay out?").grief == 1.0
    assert read_customer("Please cancel my prenatal yoga course. I lost the baby last week.").grief == 1.0
    assert read_customer("I lost the receipt, can you resend it?").grief == 0.0
    assert read_customer("This heat is killing me, can you send the fan today?").grief == 0.0
    assert read_customer(CALM).negativity == 0.0


def test_owning_apology_and_fake_apology_are_told_apart() -> None:
    assert "apology with ownership" in labels("I'm so sorry, that's our mistake and I'll fix it now.")
    found = labels("I'm sorry you feel that way.")
    assert found.get("apology without ownership") == {"sorry you feel"}
    assert "apology with ownership" not in found


def test_blame_dismissal_and_policy_are_flagged_against_empathy() -> None:
    found = labels("You should have read the terms. As per our policy, there is nothing I can do.")
    assert found["blames the customer"] == {"You should have", "read the terms"}
    assert "cold policy-quoting" in found
    assert "dismisses the customer" in found


def test_cheerfulness_costs_only_when_the_customer_is_sad() -> None:
    reply = "Awesome, happy to help with that! 😊"
    assert any("cheerful" in label for label in labels(reply, GRIEVING))
    assert not any("cheerful" in label for label in labels(reply, CALM))


def test_jargon_evidence_names_the_term_at_the_right_offsets() -> None:
    reply = "Your DOCSIS provisioning failed, so the CMTS needs a reset."
    found = labels(reply, CALM, "clarity")
    assert found["jargon: DOCSIS"] == {"DOCSIS"}
    assert found["jargon: CMTS"] == {"CMTS"}
    assert found["jargon: provisioning"] == {"provisioning"}


def test_explained_acronyms_and_everyday_ones_are_not_jargon() -> None:
    found = labels("Your PIN is safe. The ONT (the white box on your wall) needs a restart.", CALM, "clarity")
    assert not any(label.startswith("jargon") for label in found)


def test_hedges_vagueness_and_specifics() -> None:
    found = labels("Maybe it will arrive soon, I think.", CALM, "clarity")
    assert found["hedge: maybe"] == {"Maybe"}
    assert "hedge: i think" in found
    assert found["vague"] == {"soon"}
    specific = labels("It will arrive on Thursday before 6 pm; your refund of $12.50 is done.", CALM, "clarity")
    assert {"Thursday", "$12.50"} <= specific["concrete detail"]


def test_evidence_offsets_survive_html_and_invisible_characters() -> None:
    reply = "<p>I\u200bm sorry, <b>maybe</b> the ONT failed.</p>"
    analysis = analyse_reply(reply, read_customer(CALM), CALM)
    texts = {reply[e.start:e.end] for e in analysis.evidence["clarity"]}
    assert {"maybe", "ONT"} <= texts


def test_names_come_from_the_persona_or_the_customer_signing_off() -> None:
    assert "Dean" in read_customer("is this a mistake or what, i cant pay that - dean").names
    assert "Dana" in read_customer("Hi, I'm Dana. My suitcase never arrived.").names
    assert read_customer("I'm sorry to bother you, thanks").names == ()


def test_customer_name_and_situation_details_count_as_personal() -> None:
    persona = Persona("Priya Shah", "", Mood.ANXIOUS, 3)
    customer = "The dress for my sister's wedding hasn't arrived."
    analysis = analyse_reply("Priya, I'll make sure the dress reaches you before the wedding.",
                             read_customer(customer, persona), customer)
    assert analysis.features["uses_name"] == 1.0
    assert analysis.features["echoes_customer"] > 0


def test_lecturing_about_next_time_is_blame_but_a_helpful_next_time_is_not() -> None:
    assert labels("Done. In future, please make sure the postcode is right.")["blames the customer"] == {
        "In future, please make sure"}
    assert labels("Updated. Please double-check the address before ordering.")["blames the customer"] == {
        "double-check the address before ordering"}
    assert "blames the customer" not in labels("Next time, just message us and we'll sort it straight away.")


def test_owning_and_blaming_are_told_apart_by_who_failed() -> None:
    owned = labels("You should have received a text before the renewal, and that's a slip-up on our side.")
    assert "blames the customer" not in owned
    assert owned["apology with ownership"] == {"You should have received", "slip-up on our side"}
    assert labels("Late fees are the cardholder's responsibility.")["blames the customer"] == {
        "are the cardholder's responsibility"}


def test_owning_in_other_words() -> None:
    assert labels("That's really annoying, and it's our driver's mistake, not yours.")["apology with ownership"] == {
        "our driver's mistake"}
    assert labels("All three sets reached us; we filed them wrongly.")["apology with ownership"] == {
        "we filed them wrongly"}
    asked = labels("You should have been asked before we did anything extra.")
    assert "blames the customer" not in asked and "You should have been asked" in asked["apology with ownership"]
    assert "blames the customer" in labels("You should have been more careful with your PIN.")


def test_excuses_and_repeated_apologies_cost_empathy() -> None:
    excuses = labels("Please be aware the van broke down, which was unforeseeable, and delays are outside our "
                     "control. We were very busy today due to high demand.")
    assert excuses["excuse instead of ownership"] == {
        "Please be aware", "was unforeseeable", "outside our control", "were very busy today", "due to high demand"}
    assert "excuse instead of ownership" not in labels("The van broke down; that's on us, and I'm sorry.")
    found = labels("I'm sorry, I do apologise. So sorry about this. Sorry again.")
    assert found["apologises again and again"] == {"sorry", "Sorry"}  # the third and the fourth
    assert "apologises again and again" not in labels("I'm so sorry for your loss, and sorry we kept you waiting.")


def test_an_apology_about_the_agents_own_feelings_costs_empathy() -> None:
    found = labels("I'm so sorry, I feel terrible about this and I hope you're not too upset with me. I'm new in "
                   "the billing team and only in my second week, so I hope you can forgive us.")
    assert found["about the agent's feelings, not the customer's"] == {
        "I feel terrible", "I hope you're not too upset with me", "I'm new in the billing team",
        "only in my second week", "I hope you can forgive us"}
    assert "warm, personal tone" not in found  # "I hope you can forgive us" is not a kind wish
    caring = labels("I'm so sorry about your dad, I feel for you. I hope your week gets easier.")
    assert "about the agent's feelings, not the customer's" not in caring
    assert "warm, personal tone" in caring


def test_minimising_the_problem_or_the_customer_is_dismissive() -> None:
    found = labels("It's only a short wait, and at least it's covered, so it won't make much difference. "
                   "We get a lot of these requests.")
    assert found["dismisses the customer"] == {"It's only a short", "at least it's", "won't make much difference",
                                               "We get a lot of these"}
    assert "dismisses the customer" not in labels("It takes at least 3 days, and only a manager can approve it.")


def test_lecturing_that_it_was_explained_and_disclaimers_are_cold() -> None:
    found = labels("These rules were explained at induction. Admins are responsible for their actions, and we "
                   "cannot accept responsibility for items left behind.")
    assert found["blames the customer"] == {"were explained at induction", "Admins are responsible for their"}
    assert found["cold policy-quoting"] == {"we cannot accept responsibility"}


def test_normalising_a_struggle_validates_but_lots_of_people_managing_does_not() -> None:
    found = labels("Lots of students get tripped up by this, and asking was exactly the right step.")
    assert found["validates the customer"] == {"Lots of students get tripped", "was exactly the right step"}
    assert "validates the customer" not in labels("Plenty of people manage perfectly well on those.")
    assert labels("It's restored, so you can breathe again.")["reassurance"] == {"so you can breathe again"}


def test_the_stock_understanding_line_is_scripted_and_naming_the_worry_acknowledges_it() -> None:
    for stock in ("I understand your frustration.", "We completely understand your concerns.",
                  "I do understand your frustration with this."):
        found = labels(f"{stock} The engineer comes on Tuesday.")
        assert found["impersonal, scripted wording"] == {stock.rstrip(".").removesuffix(" with this")}, stock
        assert "acknowledges the customer's feeling" not in found, stock
    for named in ("I understand the worry about the charges.", "I understand your worry about the money.",
                  "I understand how frustrating three dropouts in a week are."):
        found = labels(f"{named} The engineer comes on Tuesday.")
        assert "acknowledges the customer's feeling" in found, named
        assert "impersonal, scripted wording" not in found, named


def test_praising_a_customer_for_checking_first_is_not_a_lecture() -> None:
    customer = "Hi, does the annual plan renew automatically? Just want to know before I buy."
    found = labels("Good thing to check before buying! Yes, it renews each year.", customer)
    assert found["validates the customer"] == {"Good thing to check"}
    assert "blames the customer" not in found
    assert labels("Always check the size before buying. We'll swap it for free.", ANGRY)[
        "blames the customer"] == {"check the size before buying"}


def test_slang_costs_empathy_only_with_a_customer_who_writes_formally() -> None:
    formal = "Good afternoon. I should like to arrange a transfer to my daughter's account. Please advise."
    reply = "Ooh, congrats to your daughter! Yep, I'll give you a ring to confirm stuff."
    assert read_customer(formal).formal and not read_customer(CALM).formal
    assert labels(reply, formal)["too casual for a customer who writes formally"] == {
        "Ooh", "congrats", "Yep", "stuff"}
    assert labels("Hi hun, that's all sorted for you!", formal)["too casual for a customer who writes formally"] == {
        "hun"}
    assert "too casual for a customer who writes formally" not in labels(reply, "hey!! is my transfer done? haha")
    assert "too casual for a customer who writes formally" not in labels(
        "Good afternoon, Mr Ashworth. I will telephone you to confirm the details.", formal)


def test_celebrating_a_customers_good_news_is_warm_and_their_capitals_are_joy_not_anger() -> None:
    news = "I PASSED!!!! first time 🚗🎉"
    customer = read_customer(news)
    assert customer.joy == 1.0 and customer.negativity < 0.3
    found = labels("YESSS Ellie!! 🎉 That's brilliant.", news)
    assert found["shares the customer's good news"] == {"!!", "🎉", "brilliant"}
    assert "capitals read as shouting" not in found
    assert labels("20kg since January? That's incredible, well done.", "Just hit my goal, down 20kg since "
                  "January!")["shares the customer's good news"] == {"incredible", "well done"}
    assert read_customer("My dad passed away on Sunday.").joy == 0.0
    assert read_customer("I won the raffle but the prize never arrived, this is ridiculous!!").joy == 0.0


def test_lecturing_about_next_time_at_the_end_of_a_sentence_is_blame() -> None:
    found = labels("Please double-check quantities before checking out. Make sure you keep the receipt next time.")
    assert found["blames the customer"] == {"double-check quantities before checking out",
                                            "Make sure you keep the receipt next time"}
    assert labels("Please give more notice where possible.")["blames the customer"] == {"give more notice"}
    assert labels("Don't worry, it happens more than you'd think.")["validates the customer"] == {
        "happens more than you'd think"}


def test_hollow_formulas_deflections_and_condescension_cost_empathy() -> None:
    found = labels("We truly understand and value your feelings. Cancellations do happen! Notices were posted on "
                   "our website, and this usually happens when customers don't check them. We appreciate your "
                   "patience. The app is really very simple, but if it's too much for you, call us.")
    assert found["impersonal, scripted wording"] == {"We truly understand and value your feelings",
                                                     "We appreciate your patience"}
    assert found["dismisses the customer"] == {"Cancellations do happen"}
    assert found["blames the customer"] == {"were posted on our website",
                                            "this usually happens when customers don't"}
    assert found["sarcasm or condescension"] == {"really very simple", "too much for you"}
    assert "validates the customer" not in found  # appreciating patience is a formula, not validation
    assert "validates the customer" in labels("I really appreciate you telling us.")


def test_a_rejected_claim_is_bad_news() -> None:
    assert read_customer("So my claim for the stolen bike has been rejected?").negativity >= 0.5


def test_laughing_at_a_tense_moment_is_cheerful() -> None:
    assert labels("Haha, I'm still learning the backups side.")["cheerful tone in a sad or tense moment"] == {"Haha"}


def test_naming_what_the_customer_went_through_acknowledges_it() -> None:
    found = labels("Living upstairs with two small children while your home is soaked is exhausting. Three weeks "
                   "of silence is a horrible position to be in, and losing a day's pay is unfair on you.")
    assert found["acknowledges the customer's feeling"] == {"is exhausting", "is a horrible position to be in"}
    assert found["validates the customer"] == {"is unfair on you"}
    assert labels("Not calling you back was our failing.")["apology with ownership"] == {"our failing"}


def test_encouragement_and_admitting_a_process_is_confusing_are_warm() -> None:
    assert labels("Yes, and don't be discouraged, lots of people pass later.")["reassurance"] == {
        "don't be discouraged"}
    found = labels("Completely understandable, it's more complicated than it should be.")
    assert found["validates the customer"] == {"Completely understandable", "more complicated than it should be"}


def test_formulas_are_neither_ownership_nor_validation() -> None:
    formula = labels("We apologise for the inconvenience. Thank you for your patience.")
    assert "apology with ownership" not in formula and "validates the customer" not in formula
    assert formula["apology without ownership"] == {"apologise for the inconvenience"}
    assert formula["impersonal, scripted wording"] == {"Thank you for your patience"}
    assert "apology with ownership" in labels("We apologise for the mix-up with your order.")
    assert "validates the customer" not in labels("Your code is 481 902; it's valid for 8 hours.")
    assert "validates the customer" not in labels("Thank you for letting us know about the timing.")
    assert labels("That's completely valid.")["validates the customer"] == {"That's completely valid"}


def test_everyday_emotional_reactions_acknowledge_the_feeling() -> None:
    for reply, words in (("Oh no, sorry!! That's the worst when you're hungry.", {"Oh no", "That's the worst"}),
                         ("Ugh, losing your phone is bad enough without the lockout.", {"Ugh", "is bad enough"})):
        assert labels(reply)["acknowledges the customer's feeling"] == words


def test_a_customers_sarcasm_reads_as_upset() -> None:
    sincere = ("Great, thanks! That fixed it.", "Great service as always, thank you so much!",
               "Perfect, no rush at all.")
    sarcastic = ("lol so your 'next day delivery' took 6 days. great service guys 👏",
                 "Great, third outage this week. Love paying for internet I can't use.",
                 "Brilliant, you've seated my 4-year-old in 31C. I'm sure she'll enjoy the flight on her own.",
                 "Guess I'll just send smoke signals to my clients then? 🙄")
    assert all(read_customer(message).negativity == 0.0 for message in sincere)
    assert all(read_customer(message).negativity >= 0.3 for message in sarcastic)


def test_details_from_earlier_messages_are_the_customers_situation() -> None:
    reply = "Sorry for the wait, I know the landlord needs it today: your payslip is in the portal."
    earlier = "I need my March payslip for my landlord by Friday or I lose the flat."
    alone = analyse_reply(reply, read_customer("Any update?"), "Any update?")
    with_earlier = analyse_reply(reply, read_customer("Any update?", earlier=[earlier]), f"{earlier}\nAny update?")
    assert with_earlier.features["echoes_customer"] > alone.features["echoes_customer"]


def test_reassuring_a_worried_customer_is_validation_not_sarcasm() -> None:
    found = labels("Honestly, it's a common mix-up. There's nothing to be ashamed about; it happens to plenty of "
                   "travellers, and you haven't misread anything.")
    assert "sarcasm or condescension" not in found
    assert found["validates the customer"] == {"nothing to be ashamed about", "it happens to plenty of travellers",
                                                "you haven't misread"}
    assert "sarcasm or condescension" in labels("Honestly, you should know how this works by now.")


def test_an_email_address_or_a_link_neither_names_nor_echoes_the_customer() -> None:
    persona = Persona("Gary Whitfield", "", Mood.CONFUSED, 3)
    customer = "my gmail, gary.whitfield62@gmail.com, see www.whitfieldplumbing.co.uk/jobs"
    reply = "The link went to gary@whitfieldplumbing.co.uk, the address on www.whitfieldplumbing.co.uk/jobs."
    analysis = analyse_reply(reply, read_customer(customer, persona), customer)
    assert analysis.features["uses_name"] == 0.0 and analysis.features["echoes_customer"] == 0.0
    assert not analysis.evidence["empathy"]
    named = analyse_reply("Gary, the link went to gary@whitfieldplumbing.co.uk.", read_customer(customer, persona),
                          customer)
    assert [(e.start, e.end, e.label) for e in named.evidence["empathy"]] == [(0, 4, "uses the customer's name")]


def test_repeating_a_cue_does_not_keep_adding_up() -> None:
    once = analyse_reply("I understand how frustrating this is.", read_customer(ANGRY), ANGRY)
    many = analyse_reply("I understand how frustrating this is. " * 20, read_customer(ANGRY), ANGRY)
    assert many.features["acknowledges_feeling"] <= 1.0
    assert once.features["acknowledges_feeling"] > 0
    assert len(many.evidence["empathy"]) <= 10


def test_a_yes_no_question_is_answered_by_a_yes_or_no_in_the_first_sentences() -> None:
    question = read_customer("Hi! Does my travel insurance cover me for skiing?")
    assert question.question_kind == "yes_no"
    for reply, answered in (("Thanks for checking. No, your policy doesn't cover skiing.", True),
                            ("You can add winter sports cover for £24.", True),
                            ("Thanks for checking. Your policy covers medical emergencies up to £10m.", False)):
        features = analyse_reply(reply, question).features
        assert (features["answers_question"], features["leaves_question_open"]) == (answered, not answered)


def test_a_short_lead_in_before_yes_still_answers_the_question() -> None:
    question = read_customer("Is the fixed tariff cheaper than what I'm on now?")
    for reply, answered in (("Based on your usage, yes, slightly: about £50 a year less.", True),
                            ("Partly. The chime still rings, but you won't get alerts.", True),
                            ("Fixed tariffs protect you from price rises over twelve months.", False)):
        features = analyse_reply(reply, question).features
        assert (features["answers_question"], features["leaves_question_open"]) == (answered, not answered)


def test_a_customer_who_asks_which_to_take_is_answered_by_a_recommendation() -> None:
    for message in ("Which insurance should I get for a week in Scotland? Just tell me what you'd pick.",
                    "We're a team of 8. Should we be on the Team or Business plan?",
                    "Which room is best for a family with a baby? One recommendation please.",
                    "We are 40 staff. Should I order the 500g or 1kg coffee bags for the office machine?"):
        assert read_customer(message).question_kind == "choice", message
    assert read_customer("A friend recommended you. Where is my parcel?").question_kind != "choice"
    assert read_customer("Should I cancel my order?").question_kind == "yes_no"
    assert read_customer("Can someone please just tell me what's happening?").question_kind != "choice"
    question = read_customer("We're a team of 8. Should we be on the Team or Business plan?")
    for reply, answered in (("Team is the right fit for you: up to 10 users for £96 a month.", True),
                            ("I'd go with Team. It covers up to 10 users for £96 a month.", True),
                            ("For 8 people, Team is the one to choose: up to 10 users for £96 a month.", True),
                            ("Both would work for 8 people. Team covers 10 users for £96 a month, Business adds "
                             "single sign-on for £160. It depends on what your team needs.", False)):
        features = analyse_reply(reply, question).features
        assert (features["answers_question"], features["leaves_question_open"]) == (answered, not answered)


def test_apologies_and_sympathy_cost_empathy_when_the_customer_asked_for_none() -> None:
    refusing = "just tell me if the outage is fixed yet. not interested in apologies"
    reply = "I'm so sorry, I completely understand how frustrating this is. It's not fixed yet."
    assert read_customer(refusing).refuses_apologies and not read_customer(ANGRY).refuses_apologies
    assert read_customer("ok thanks", earlier=["Spare me the apologies, when is it back?"]).refuses_apologies
    found = labels(reply, refusing)
    assert found["sympathy the customer asked not to get"] == {"so sorry", "I completely understand how frustrating"}
    assert "sympathy for the customer's situation" not in found
    assert "sympathy the customer asked not to get" not in labels(reply, ANGRY)
    assert labels(reply, ANGRY)["sympathy for the customer's situation"] == {"so sorry"}


def test_a_grave_apology_to_a_customer_who_took_it_lightly_costs_empathy() -> None:
    light = "Stone chip on the windscreen on the motorway, no biggie. Can I get it fixed on my policy?"
    assert read_customer(light).relaxed and not read_customer(ANGRY).relaxed
    grave = "I'm so sorry to hear about this distressing incident. A chip repair is free."
    found = labels(grave, light)
    assert found["more apology than the moment needs"] == {"so sorry", "distressing"}
    assert "sympathy for the customer's situation" not in found
    assert "more apology than the moment needs" not in labels("Sorry about that! A chip repair is free.", light)
    assert "more apology than the moment needs" not in labels(grave, ANGRY)


def test_strong_feelings_put_on_a_joking_customer_cost_empathy() -> None:
    joking = "haha the app says I slept 14 hours last night. I wish 😂 can I delete that entry?"
    assert read_customer(joking).relaxed
    heavy = labels("I'm so sorry for the frustration this has caused, I can only imagine how upsetting this must be. "
                   "Tap the entry and choose Delete.", joking)
    assert heavy["more apology than the moment needs"] == {"so sorry for the frustration this has caused",
                                                           "I can only imagine how"}
    assert "acknowledges the customer's feeling" not in heavy
    assert "more apology than the moment needs" not in labels("Ha, I wish too! Tap the entry and choose Delete.",
                                                              joking)


def test_strong_feelings_put_on_a_customer_who_expressed_none_cost_empathy() -> None:
    documents = "Hi, please could you send me the list of documents you need for my application. Thanks"
    assert read_customer(documents).negativity == 0.0 and not read_customer(documents).relaxed
    presumed = "I can only imagine how overwhelming this must be for you. Please upload your payslips and photo ID."
    assert labels(presumed, documents)["feelings the customer did not express"] == {"I can only imagine how"}
    assert labels("That must be so stressful. It arrives on Friday.", CALM)["feelings the customer did not express"] \
        == {"That must be so stressful"}
    assert labels("Don't feel bad for asking, the wiring can be really worrying! It needs its own circuit.",
                  "Hi, does the charger need its own breaker?")["feelings the customer did not express"] \
        == {"can be really worrying"}
    # In a hurry and calm: presumed feelings misfit after the answer too, not only pleasantries before it.
    petite = "Quick one - do your linen trousers come in a petite length?"
    assert read_customer(petite).hurried
    assert labels("Yes, in sizes 0-14. I completely understand how frustrating it is to find trousers that fit!",
                  petite)["feelings the customer did not express"] == {"I completely understand how frustrating"}
    # How "this" feels, said of nothing in particular; a feeling named in what happened is not presumed.
    assert labels("I totally get how stressful this is! It arrives on Friday.", CALM)[
        "feelings the customer did not express"] == {"I totally get how stressful this is"}
    assert labels("I understand how annoying that is. It arrives on Friday.", CALM)[
        "feelings the customer did not express"] == {"I understand how annoying that is"}
    assert labels("I totally feel your pain! It arrives on Friday.", CALM)[
        "feelings the customer did not express"] == {"I totally feel your pain"}
    assert labels("Oh I'm so sorry for the worry and confusion this has caused you! It arrives on Friday.", CALM)[
        "feelings the customer did not express"] == {"so sorry for the worry and confusion this has caused you"}
    assert "feelings the customer did not express" not in labels(
        "I know how scary that is with your insulin in the bag. It arrives on Friday.", CALM)
    assert "feelings the customer did not express" not in labels(presumed, ANGRY)
    # the sympathy in the same sentence is part of the same speech; in the next sentence it is not
    speech = labels("Oh no, I'm so sorry a builder owes you money, that must be so stressful for you. The fee is €25.",
                    "Hi, what's the fee to make a small claims application? It's for €600 a builder owes me.")
    assert speech["feelings the customer did not express"] >= {"Oh no", "that must be so stressful"}
    assert "sympathy for the customer's situation" not in speech
    assert labels("That must be so stressful. Oh no, the fee is €25.", CALM)["acknowledges the customer's feeling"] \
        == {"Oh no"}
    assert labels(presumed, ANGRY)["acknowledges the customer's feeling"] == {"I can only imagine"}
    assert labels("Of course! Please upload your payslips and photo ID.", documents) == {}


def test_a_grave_apology_to_a_customer_who_showed_no_feeling_costs_empathy() -> None:
    receipt = "Hi, can you resend my receipt email? Can't find it."
    grave = "I sincerely apologise for any inconvenience. I've resent it to the email on your account."
    assert labels(grave, receipt)["more apology than the moment needs"] == {"sincerely apologise"}
    truly = "I'm truly sorry about that. I've resent it."
    assert labels(truly, receipt) == {"more apology than the moment needs": {"truly sorry"}}
    assert labels(truly, ANGRY) == {"sympathy for the customer's situation": {"sorry about that"}}
    assert labels("We're so sorry for any worry this may cause. I've resent it.", receipt) == {
        "more apology than the moment needs": {"sorry for any worry"}}
    plain = labels("So sorry about that! I've resent it to the email on your account.", receipt)
    assert plain["sympathy for the customer's situation"] == {"So sorry"}
    assert "more apology than the moment needs" not in plain
    # A formal letter keeps its feelings to itself: the calm words do not make a grave apology misplaced.
    formal = "Dear Sir/Madam, I wish to report that your engineer left our kitchen without water on 3 May."
    assert "more apology than the moment needs" not in labels("I sincerely apologise. An engineer comes today.", formal)


def test_a_warning_about_the_customers_language_and_a_fix_framed_as_a_favour_cost_empathy() -> None:
    swearing = "this is bl**dy useless, the card machine has died AGAIN in the middle of lunch service"
    assert labels("Please keep the conversation civil and I'll look into it. A new reader goes out today.",
                  swearing)["polices the customer's language"] == {"keep the conversation civil"}
    assert "polices the customer's language" in labels("Mind your language, please. I've sent an engineer.", swearing)
    favour = labels("Late fees are normally charged, but I've made an exception and removed it this time.", CALM)
    assert favour["cold policy-quoting"] == {"made an exception"}
    assert "cold policy-quoting" not in labels("The late fee was our mistake, so I've removed it.", CALM)


def test_hindsight_lectures_comfort_that_promises_and_stock_formulas_cost_empathy() -> None:
    scam = "I paid a fake invoice of £4,000 from an email that looked like our supplier's. I feel sick."
    found = labels("As you'll know, we warn about this on our website. Going forward, you should always phone the "
                   "supplier first. I'm confident this will all be fine.", scam)
    assert found["sarcasm or condescension"] == {"As you'll know"}
    assert found["blames the customer"] == {"Going forward, you should"}
    assert found["promise no one can guarantee"] == {"I'm confident this will"}
    assert labels("I'm sorry if your dad felt rushed.", ANGRY)["apology without ownership"] == {
        "sorry if your dad felt"}
    stock = labels("Dear valued guest, it is our pleasure to assist. We regret to hear the room was cold, and we "
                   "are quite busy today.", CALM)
    assert stock["impersonal, scripted wording"] == {"Dear valued guest", "it is our pleasure to assist",
                                                     "We regret to hear"}
    assert stock["excuse instead of ownership"] == {"are quite busy today"}
    assert read_customer("Lost card. Cancel it. Don't need a chat about it.").refuses_apologies


def test_patience_offered_reassures_and_what_it_would_depend_on_is_a_hedge() -> None:
    assert "reassurance" in labels("Type the numbers when you're ready. Take your time, there's no rush.", CALM)
    assert "hedge: would really depend" in labels("It would really depend on the size of the order.", CALM, "clarity")


def test_naming_what_the_customer_is_up_against_acknowledges_it() -> None:
    for reply in ("Losing three days of sales to a frozen account is brutal.",
                  "A cancelled flight on your wedding day is the last thing you need.",
                  "Being charged twice for one order isn't fair, and I'm fixing it.",
                  "Six dropped calls in an hour would drive anyone up the wall.",
                  "Wages due on Friday with nothing paid in is a real worry.",
                  "I know the automated menus can be maddening."):
        assert "acknowledges the customer's feeling" in labels(reply), reply
    assert "acknowledges the customer's feeling" not in labels("Skipping the queue isn't fair to other customers.")


def test_hearing_the_worry_and_why_it_feels_so_acknowledge_it_and_a_fair_complaint_is_validated() -> None:
    worried = "I'm off sick and really worried my pay will be cut."
    for reply in ("I can hear the worry, so here's the straight answer: your pay won't change this month.",
                  "I get why it feels like that if your tickets were closed without a fix."):
        assert "acknowledges the customer's feeling" in labels(reply, worried), reply
    for reply in ("That's a fair complaint; a 9-to-5 helpline doesn't work for night staff.",
                  "An hour of that would have me screaming too.", "A night shift plus a login fault would test anyone.",
                  "It makes sense to be nervous about something so precious.",
                  "Of course, no question is too basic. Click the paperclip to attach it."):
        assert "validates the customer" in labels(reply, worried), reply
    assert "reassurance" in labels("I'll stay on this chat with you until she's presenting.", ANGRY)


def test_telling_a_colleague_to_stay_calm_or_that_it_is_a_basic_question_costs_empathy() -> None:
    assert labels("Please stay calm. The booking team is on it.", ANGRY)["dismisses the customer"] == {
        "Please stay calm"}
    assert labels("Sure, this is a very basic one. Click the paperclip.", CALM)["sarcasm or condescension"] == {
        "a very basic one"}
    assert "sarcasm or condescension" not in labels("It's not a basic question at all. Click the paperclip.", CALM)
    assert "sarcasm or condescension" not in labels("Good news: this is an easy one to fix today.", CALM)
    assert labels("A saved old password is the cause, a common user mistake.", CALM)["blames the customer"] == {
        "user mistake"}
    assert labels("Under the sickness absence policy, staff signed off are not expected to work.", CALM)[
        "cold policy-quoting"] == {"Under the sickness absence policy"}


def test_sarcasm_disbelief_and_brushing_off_cost_empathy_even_beside_the_fix() -> None:
    found = labels("Since you asked so nicely: I've added the £25, it's really not complicated. Honestly, if your "
                   "daughter missed pizza once, a basic meal isn't exactly a tragedy, she'll survive.")
    assert found["sarcasm or condescension"] == {"Since you asked so nicely", "it's really not complicated",
                                                 "Honestly, if your"}
    assert found["dismisses the customer"] == {"isn't exactly a tragedy", "she'll survive"}
    assert "sarcasm or condescension" not in labels("It's not hard to fix: I'll do it now.", CALM)
    assert "sarcasm or condescension" in labels("A lot of people say they're moving abroad to avoid paying.")
    # An eye-roll from the agent, and "not exactly hidden": the customer is told they should have seen it.
    assert labels("It's right there in the menu, not exactly hidden. \U0001F644 Go to Account > Membership.",
                  ANGRY)["sarcasm or condescension"] == {"not exactly hidden", "\U0001F644"}
    assert "sarcasm or condescension" not in labels("It's honestly not easy to find. Go to Account > Membership.",
                                                    ANGRY)
    # The customer as one of a crowd, the answer "all in" a leaflet, and shouting policed.
    found = labels("Everyone wants their parcel yesterday, so you'll wait your turn like everybody else. It's all in "
                   "the leaflet. No need to shout: it arrives on Friday.")
    assert found["dismisses the customer"] == {"Everyone wants their", "like everybody else"}
    assert found["blames the customer"] == {"It's all in the leaflet"}
    assert found["polices the customer's language"] == {"No need to shout"}
    assert labels("Everyone who calls in says they need the car today, so the order stands.", ANGRY)[
        "dismisses the customer"] == {"Everyone who calls in says they"}
    assert labels("Everyone here wants to fix this for you today.").get("dismisses the customer") is None
    assert labels("The tracker says processing because, funnily enough, it's being processed.", ANGRY)[
        "sarcasm or condescension"] == {"funnily enough"}
    assert "blames the customer" in labels("You did sign a 12-month contract, Marta.")
    assert "excuse instead of ownership" in labels("I can't control the weather or your router.")


def test_a_flexible_booking_is_relaxed_and_a_pet_a_nuisance_and_a_failure_are_read() -> None:
    booking = "Hi, just wanting to book the annual boiler service, any date in March is fine, I work from home."
    assert read_customer(booking).relaxed and read_customer("I'm flexible, mornings or afternoons.").relaxed
    gushing = labels("Oh no, I'm so sorry you're dealing with boiler problems, that must be really worrying!", booking)
    assert gushing["more apology than the moment needs"] == {
        "Oh no", "I'm so sorry you're dealing", "that must be really worrying"}
    pet = labels("Poor cat, a bang like that would frighten anyone. Sorry about the poor signal.")
    assert pet["sympathy for the customer's situation"] >= {"Poor cat"}
    assert pet["validates the customer"] == {"would frighten anyone"}
    checking = labels("You're not a nuisance at all. I'll text you, so there's really no need to keep checking.")
    assert checking["validates the customer"] == {"You're not a nuisance"}
    assert checking["dismisses the customer"] == {"no need to keep checking"}
    assert labels("That one's on us! It's a serious failure on our part.")["apology with ownership"] == {
        "That one's on us", "failure on our part"}
    assert "excuse instead of ownership" in labels("Our staff followed the emergency procedure correctly.")


def test_a_customers_love_how_and_upside_down_smile_are_sarcasm() -> None:
    for message in ("love how my 'priority' ticket has been open for nine days", "another outage, great 🙃"):
        assert read_customer(message).negativity >= 0.3, message
    assert read_customer("I love how easy the new app is!").negativity == 0.0


def test_pleasantries_before_the_answer_cost_empathy_with_a_customer_in_a_hurry() -> None:
    hurried = "I have 2 minutes between meetings. Just need my account number and the date of my next bill."
    assert read_customer(hurried).hurried and not read_customer(CALM).hurried
    for message in ("need to freeze my membership asap, leaving for surgery in 20 mins",
                    "can i take my power bank on board? at security now", "Quick one: what's my PIN reset code?",
                    "Board meeting in 20 min. Teams won't share my screen. Fix now.",
                    "Can you deliver 3 cases of paper by 9am tomorrow? yes or no"):
        assert read_customer(message).hurried, message
    gushing = "I'm so sorry you're pressed for time, and thank you so much for reaching out! It's 40019372."
    found = labels(gushing, hurried)
    assert found["pleasantries before the answer to a customer in a hurry"] == {
        "so sorry", "thank you so much for reaching out"}
    brisk = labels("Of course. Your account number is 40019372. Good luck with the meetings!", hurried)
    assert "pleasantries before the answer to a customer in a hurry" not in brisk
    assert "warm, personal tone" in brisk


def test_a_glowing_message_is_good_news() -> None:
    assert read_customer("Thank you, the lump sum arrived today, first holiday in years booked!").joy == 0.5
    assert read_customer("Thank you, the lump sum arrived today.").joy == 0.0
    assert read_customer("Great service guys 👏 third time my parcel is late!").joy == 0.0


def test_a_keyword_to_text_is_not_jargon_and_estimates_are_not_hedges() -> None:
    found = labels("Text TRAVEL to 150, or reply 'STOP' to cancel. It costs roughly £5 a day, roughly.", CALM,
                   "clarity")
    assert not any(label.startswith("jargon") for label in found)
    assert found["hedge: roughly"] == {"roughly"}   # the second one, with no figure after it
    assert "hedge: depends on" in labels("Whether it's cheaper depends on your usage.", CALM, "clarity")
    assert "hedge: from what i understand" in labels("They grill it separately, from what I understand.", CALM,
                                                      "clarity")


def test_fake_apologies_with_youre_and_owning_the_fix_is_not_dismissal() -> None:
    assert labels("We're sorry you're unhappy with our emails.")["apology without ownership"] == {
        "sorry you're unhappy"}
    assert "dismisses the customer" not in labels("If anything else arrives, message me and I'll deal with it.")
    assert "dismisses the customer" in labels("It's the rules, you'll have to deal with it.")
    assert "dismisses the customer" not in labels("We handle the customs forms, so you won't need to deal with it.")


def test_promises_no_one_can_keep_cost_empathy() -> None:
    found = labels("I'll make sure this never happens to you again. Rest assured the parcel will definitely be found.")
    assert found["promise no one can guarantee"] == {"this never happens to you again", "will definitely be found"}
    assert "promise no one can guarantee" not in labels("I'll call you by 5pm today, I promise.")
    assert "promise no one can guarantee" in labels("No need to worry, he'll be fine!")


def test_pointing_at_the_small_print_is_blame_and_a_feeling_dumb_customer_is_reassured() -> None:
    assert "blames the customer" in labels("As noted at purchase, our tickets are rain or shine.")
    assert labels("Not dumb at all, mount sizes are confusing.")["validates the customer"] == {"Not dumb at all"}
    assert "acknowledges the customer's feeling" in labels("I get it, and I'll sort it now.")
    assert "apology without ownership" in labels("I'm so sorry for any distress it may have caused you.")
    assert "blames the customer" in labels("We do ask customers to remain respectful to our advisers.")
    assert "blames the customer" in labels("Please note we always advise applying 10 weeks before travel.")
    assert "blames the customer" in labels("Don't worry, this happens a lot when people forget to update it.")
    assert "impersonal, scripted wording" in labels("Correspondence to the deceased has been stopped.", GRIEVING)
    assert not any("cheerful" in label for label in labels("You're making perfect sense.", GRIEVING))
    found = labels("We apologise for the delay and any distress this may have caused. We take all complaints very "
                   "seriously.")
    assert {"apology without ownership", "impersonal, scripted wording"} <= set(found)


def test_wishes_and_promises_on_a_condition_are_not_vague_but_some_restrictions_are() -> None:
    found = labels("I hope your son feels better soon! We'll text you as soon as your room is ready. Some "
                   "restrictions apply, and it will be fixed soon.", CALM, "clarity")
    assert found["vague"] == {"Some restrictions", "soon"}
    assert not any(label.startswith("jargon") for label in labels("Large SUVs aren't available.", CALM, "clarity"))


def test_everyday_words_of_support_are_warm_and_a_warm_wow_is_not_sarcasm() -> None:
    found = labels("Wow, that's a lot to deal with. My heart goes out to you, and good luck on Friday. You've got "
                   "this.", GRIEVING)
    assert {"sympathy for the customer's situation", "warm, personal tone", "reassurance"} <= set(found)
    assert "sarcasm or condescension" not in found
    assert "sarcasm or condescension" in labels("Wow, you really didn't read the email, did you?")


def test_words_inside_a_long_sentence_keep_their_own_evidence() -> None:
    found = labels("Grade 3 indicates moderate periodontitis with 25 to 50% attachment loss, so the recommendation "
                   "is a COHAT under GA in the near term, with possible extractions depending on the findings.",
                   CALM, "clarity")
    assert "long sentence (30 words)" in found
    assert {"jargon: COHAT", "jargon: GA", "hedge: depending on"} <= set(found)


def test_steps_are_recognised() -> None:
    analysis = analyse_reply("1. Open Settings\n2. Tap Account\n3. Tap Reset password", read_customer(CALM))
    assert analysis.features["steps"] == 1.0


def test_overlapping_spans_with_the_same_label_are_merged() -> None:
    reply = "It arrives before 6 pm."
    found = labels(reply, CALM, "clarity")
    assert found["concrete detail"] == {"before 6 pm"}


def test_earlier_messages_colour_the_customer_mood() -> None:
    now = "ok. and the account number is 55120"
    assert read_customer(now).grief == 0.0
    remembered = read_customer(now, earlier=[GRIEVING])
    assert remembered.grief == 1.0 and remembered.negativity > read_customer(now).negativity
    assert "Dean" in read_customer(now, earlier=["my bill is wrong - dean"]).names


def test_a_term_explained_in_apposition_or_by_is_a_is_not_jargon() -> None:
    for reply in ("Your cover includes the ASB, the roadside team that tows you home.",
                  "The MOT is a yearly safety check for cars over three years old.",
                  "Your download is 2 GB, so use Wi-Fi."):
        assert "jargon" not in " ".join(labels(reply, CALM, "clarity")), reply
    assert "jargon: ASB" in labels("Your ASB cover applies here.", CALM, "clarity")


def test_an_explained_acronym_is_not_shouting() -> None:
    assert "capitals read as shouting" not in labels("I've added a marker with CIFAS, the UK fraud prevention service.")
    assert "capitals read as shouting" in labels("Your CIFAS marker stays.")


def test_reference_codes_are_concrete_details_not_jargon_or_shouting() -> None:
    reply = "Click Add device and pick PRN-3F-EAST, then quote order BL-48213 if it asks."
    for dimension in ("empathy", "clarity"):
        found = labels(reply, CALM, dimension)
        assert not any(label.startswith("jargon") or label.startswith("capitals") for label in found), found
    assert "jargon: CMTS" in labels("Your CMTS is being reset.", CALM, "clarity")
    assert "capitals read as shouting" in labels("PLEASE WAIT, we are CHECKING it.", CALM, "empathy")


def test_a_worry_waved_away_dismisses_and_a_customer_leaving_is_not_told_of_our_regret() -> None:
    nervous = "I've never had a root canal and I'm honestly terrified. What happens on the day?"
    found = labels("There's really no need to panic, it's nothing to worry about. The area is numbed first.", nervous)
    assert found["dismisses the customer"] == {"no need to panic", "nothing to worry about"}
    assert "reassurance" not in found
    kind = labels("Please don't worry: the area is numbed first, and you can raise a hand to stop at any time.",
                  nervous)
    assert kind["reassurance"] == {"don't worry"} and "dismisses the customer" not in kind
    assert "dismisses the customer" not in labels("You've nothing to be embarrassed about, it was our mistake.")
    leaving = "I'm moving abroad in June, please cancel my plan from the 30th."
    assert labels("Sorry to see you go! I've cancelled it from 30 June.", leaving)[
        "about the agent's feelings, not the customer's"] == {"Sorry to see you go"}


def test_quick_please_is_a_customer_in_a_hurry() -> None:
    for message in ("at the door now, the engineer needs the job number. quick pls",
                    "Please be quick, which gate is the van counter at?"):
        assert read_customer(message).hurried, message
    assert not read_customer("Is the quick-release valve covered by the warranty?").hurried


def test_a_departure_in_minutes_is_a_hurry_and_a_sell_out_in_minutes_is_not() -> None:
    for message in ("On the coach to Leeds, it leaves in 5 min - is my return ticket valid on Sunday?",
                    "doors closing!! is platform 4 the right one for Bath?",
                    "Post office closes in 10 minutes, which form do I send the passport with?"):
        assert read_customer(message).hurried, message
    sold_out = "The concert sold out in 3 minutes and I was in the queue the whole time. Any returns?"
    assert not read_customer(sold_out).hurried
    found = labels("Oh no, queueing all that time and missing out is so disappointing. Returns open on Friday.",
                   sold_out)
    assert "pleasantries before the answer to a customer in a hurry" not in found


def test_a_customer_who_asks_for_the_facts_only_wants_no_sympathy() -> None:
    for message in ("numbers only please: what's the fee on a $500 transfer?",
                    "Just the facts: when does my contract end and what does leaving cost?",
                    "Send me the cancellation terms. No retention offers, I've made up my mind."):
        assert read_customer(message).refuses_apologies, message
    assert not read_customer("I've waited a week for a straight answer about my refund. Where is it?"
                             ).refuses_apologies
    found = labels("I'm so sorry to hear you're thinking of leaving. Your contract ends on 3 May; leaving costs £40.",
                   "Send me the cancellation terms. No retention offers, I've made up my mind.")
    assert "sympathy the customer asked not to get" in found


def test_nothing_serious_and_not_an_emergency_are_taken_lightly() -> None:
    for message in ("Nothing serious, a wing mirror got clipped in your car park. Who do I send the photos to?",
                    "Not an emergency, but the hallway light on floor 3 has been out since Monday."):
        assert read_customer(message).relaxed, message
    assert "more apology than the moment needs" in labels(
        "I'm so sorry, that must be so distressing. Send the photos to claims@parkfield.example.",
        "Nothing serious, a wing mirror got clipped in your car park. Who do I send the photos to?")


def test_a_customer_with_someone_waiting_or_who_needs_an_answer_fast_is_in_a_hurry() -> None:
    for message in ("I've got a customer at the till, how do I void the last sale?",
                    "at the pharmacy counter, need an answer fast: is my repeat prescription approved?",
                    "which form for the parking permit, fast pls"):
        assert read_customer(message).hurried, message
    for message in ("Is the express shipping fast?", "A customer complained about your courier, who do I tell?"):
        assert not read_customer(message).hurried, message


def test_pleasantries_before_the_facts_cost_empathy_with_a_customer_who_asked_for_the_facts_only() -> None:
    facts_only = "numbers only pls: monthly fee and setup fee for the 50 GB plan"
    found = labels("Sure, happy to help! 😊 It's £20 a month and setup is £15.", facts_only)
    assert found["pleasantries before the answer to a customer in a hurry"] == {"happy to help"}
    assert "pleasantries before the answer to a customer in a hurry" not in labels(
        "It's £20 a month and setup is £15. Happy to help!", facts_only)
    refusing = "I've read your email. Just tell me when the refund lands. Don't need another apology."
    assert read_customer(refusing).refuses_apologies
    assert "sympathy the customer asked not to get" in labels("I'm so sorry again. It lands on Friday.", refusing)


def test_these_things_happen_is_taken_lightly() -> None:
    light = "It's fine, these things happen. Just refund the missing hummus please."
    assert read_customer(light).relaxed and not read_customer(CALM).relaxed
    assert "more apology than the moment needs" in labels(
        "I'm so, so sorry, this is unacceptable! I've refunded the hummus.", light)
