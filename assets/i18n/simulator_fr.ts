<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChatBubble</name>
    <message>
        <location filename="../../simulator/gui/chat_bubbles.py" line="76"/>
        <source>{time} · follow-up</source>
        <translation>{time} · relance</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/chat_bubbles.py" line="78"/>
        <source>{sender} at {time}</source>
        <translation>{sender} à {time}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../simulator/gui/chat_bubbles.py" line="170"/>
        <location filename="../../simulator/gui/chat_bubbles.py" line="197"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="27"/>
        <source>acknowledges the customer&apos;s feeling</source>
        <translation>reconnaît ce que ressent le client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="28"/>
        <source>apology with ownership</source>
        <translation>excuses assumées</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="29"/>
        <source>sympathy for the customer&apos;s situation</source>
        <translation>compassion pour la situation du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="30"/>
        <source>reassurance</source>
        <translation>rassure le client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="31"/>
        <source>validates the customer</source>
        <translation>donne raison au client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="32"/>
        <source>warm, personal tone</source>
        <translation>ton chaleureux et personnel</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="33"/>
        <source>warm, caring sentence</source>
        <translation>phrase chaleureuse et attentionnée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="34"/>
        <source>cold or condescending sentence</source>
        <translation>phrase froide ou condescendante</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="35"/>
        <source>apology without ownership</source>
        <translation>excuses sans les assumer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="36"/>
        <source>blames the customer</source>
        <translation>rejette la faute sur le client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="37"/>
        <source>dismisses the customer</source>
        <translation>balaie le problème du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="38"/>
        <source>cold policy-quoting</source>
        <translation>cite le règlement froidement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="39"/>
        <source>excuse instead of ownership</source>
        <translation>une excuse au lieu d&apos;assumer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="40"/>
        <source>apologises again and again</source>
        <translation>s&apos;excuse encore et encore</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="41"/>
        <source>about the agent&apos;s feelings, not the customer&apos;s</source>
        <translation>centré sur les sentiments de l&apos;agent, pas ceux du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="42"/>
        <source>promise no one can guarantee</source>
        <translation>promesse que personne ne peut garantir</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="43"/>
        <source>too casual for a customer who writes formally</source>
        <translation>trop familier pour un client qui écrit de façon soutenue</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="44"/>
        <source>sympathy the customer asked not to get</source>
        <translation>compassion que le client a demandé de ne pas recevoir</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="45"/>
        <source>more apology than the moment needs</source>
        <translation>plus d&apos;excuses que la situation n&apos;en demande</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="46"/>
        <source>pleasantries before the answer to a customer in a hurry</source>
        <translation>politesses avant la réponse à un client pressé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="47"/>
        <source>feelings the customer did not express</source>
        <translation>sentiments que le client n&apos;a pas exprimés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="48"/>
        <source>shares the customer&apos;s good news</source>
        <translation>partage la bonne nouvelle du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="49"/>
        <source>sarcasm or condescension</source>
        <translation>sarcasme ou condescendance</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="50"/>
        <source>polices the customer&apos;s language</source>
        <translation>reprend le client sur son langage</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="51"/>
        <source>impersonal, scripted wording</source>
        <translation>formulation impersonnelle, toute faite</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="52"/>
        <source>cheerful tone in a sad or tense moment</source>
        <translation>ton enjoué dans un moment triste ou tendu</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="53"/>
        <source>capitals read as shouting</source>
        <translation>les majuscules donnent l&apos;impression de crier</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="54"/>
        <source>uses the customer&apos;s name</source>
        <translation>utilise le nom du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="55"/>
        <source>refers to the customer&apos;s own situation</source>
        <translation>évoque la situation du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="56"/>
        <source>hedge: {words}</source>
        <translation>formule hésitante&#xa0;: {words}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="57"/>
        <source>vague</source>
        <translation>formulation vague</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="58"/>
        <source>bureaucratic filler</source>
        <translation>remplissage administratif</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="59"/>
        <source>concrete detail</source>
        <translation>détail concret</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="60"/>
        <source>concrete step</source>
        <translation>étape concrète</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="61"/>
        <source>jargon: {term}</source>
        <translation>jargon&#xa0;: {term}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="62"/>
        <source>long sentence ({count} words)</source>
        <translation>phrase longue ({count} mots)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="63"/>
        <source>passive: who does it?</source>
        <translation>voix passive&#xa0;: qui agit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="64"/>
        <source>holding message keeps the customer informed</source>
        <translation>un message d&apos;attente tient le client informé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="65"/>
        <source>sent {seconds} s after the target</source>
        <translation>envoyée {seconds} s après l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="66"/>
        <source>quick reply</source>
        <translation>réponse rapide</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="70"/>
        <source>Don&apos;t put the blame on the customer; say what you will do to fix it instead.</source>
        <translation>Ne rejetez pas la faute sur le client&#xa0;; dites plutôt ce que vous allez faire pour régler le problème.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="71"/>
        <source>Drop the sarcasm: a plain, respectful sentence keeps the customer on your side.</source>
        <translation>Laissez le sarcasme de côté&#xa0;: une phrase simple et respectueuse garde le client de votre côté.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="72"/>
        <source>They are angry at the problem, not at you: answer what went wrong instead of remarking on their language or their capitals.</source>
        <translation>Le client est en colère contre le problème, pas contre vous : répondez à ce qui n&apos;a pas marché au lieu de commenter son langage ou ses majuscules.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="74"/>
        <source>Don&apos;t brush the problem off; acknowledge it and offer what you can do, even a small step.</source>
        <translation>Ne balayez pas le problème&#xa0;: reconnaissez-le et proposez ce que vous pouvez faire, même un petit pas.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="76"/>
        <source>Own the apology: instead of &apos;sorry if you feel that way&apos;, say &apos;I&apos;m sorry we got this wrong&apos;.</source>
        <translation>Assumez vos excuses&#xa0;: au lieu de «&#xa0;désolé si vous le prenez ainsi&#xa0;», dites «&#xa0;je suis désolé, nous nous sommes trompés&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="78"/>
        <source>Skip the excuses (&apos;outside our control&apos;, &apos;very busy&apos;): own what went wrong and say what you are doing about it.</source>
        <translation>Laissez les justifications (« indépendant de notre volonté », « beaucoup de demandes ») : reconnaissez ce qui n&apos;a pas marché et dites ce que vous faites pour y remédier.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="80"/>
        <source>One sincere apology is enough: say sorry once, then show what you are doing to put it right.</source>
        <translation>Une excuse sincère suffit : dites-la une fois, puis montrez ce que vous faites pour réparer.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="82"/>
        <source>Keep the focus on the customer: one sincere apology, then what you have done for them, not how bad you feel.</source>
        <translation>Restez centré sur le client&#xa0;: une excuse sincère, puis ce que vous avez fait pour lui, pas à quel point vous vous sentez mal.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="84"/>
        <source>Only promise what you control: say what you have done and what happens next, not that it will never happen again.</source>
        <translation>Ne promettez que ce qui dépend de vous : dites ce que vous avez fait et la suite, pas que cela ne se reproduira jamais.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="86"/>
        <source>Match the customer&apos;s light tone: a short &apos;sorry about that&apos; and the fix are enough.</source>
        <translation>Adoptez le ton léger du client : un bref « désolé » et la solution suffisent.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="88"/>
        <source>They are in a hurry: give the answer first and keep pleasantries short, at the end.</source>
        <translation>Le client est pressé : donnez d&apos;abord la réponse, et gardez les politesses brèves, pour la fin.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="90"/>
        <source>They asked for the facts, not apologies: lead with the answer and what you are doing.</source>
        <translation>Le client veut des faits, pas des excuses : commencez par la réponse et ce que vous faites.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="92"/>
        <source>They asked calmly: don&apos;t tell them how stressful it must be; a friendly word and a clear answer show you listened.</source>
        <translation>Le client a posé sa question calmement : ne lui dites pas combien ce doit être stressant ; un mot aimable et une réponse claire montrent que vous l&apos;avez écouté.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="94"/>
        <source>Match the customer&apos;s register: they wrote formally, so answer in full sentences without slang, jokes or emoji.</source>
        <translation>Adoptez le registre du client&#xa0;: il a écrit de façon soutenue, répondez donc par des phrases complètes, sans argot, plaisanteries ni emoji.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="96"/>
        <source>Explain the rule in your own words and what you can still do, rather than quoting policy.</source>
        <translation>Expliquez la règle avec vos propres mots et ce que vous pouvez encore faire, plutôt que de citer le règlement.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="98"/>
        <source>Match the customer&apos;s mood: drop the cheerful words and exclamation marks when they are going through something sad.</source>
        <translation>Accordez-vous à l&apos;humeur du client&#xa0;: évitez les mots enjoués et les points d&apos;exclamation quand il traverse un moment triste.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="100"/>
        <source>Avoid capitals: they read as shouting.</source>
        <translation>Évitez les majuscules&#xa0;: elles donnent l&apos;impression de crier.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="101"/>
        <source>Sound like a person, not a template: use the customer&apos;s name and speak to their situation.</source>
        <translation>Parlez comme une personne, pas comme un modèle&#xa0;: utilisez le nom du client et parlez de sa situation.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="103"/>
        <source>Read the highlighted sentence as the customer would: it sounds cold or condescending. Say it warmly and respectfully, or leave it out.</source>
        <translation>Relisez la phrase surlignée comme le client la lirait : elle paraît froide ou condescendante. Dites-la avec chaleur et respect, ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="105"/>
        <source>Tone down the cheerfulness: the customer is upset, so acknowledge that first.</source>
        <translation>Modérez votre enthousiasme&#xa0;: le client est contrarié, reconnaissez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="106"/>
        <source>Start by naming how the customer feels (&apos;I can see how frustrating this is&apos;) before you move to the fix.</source>
        <translation>Commencez par nommer ce que ressent le client («&#xa0;je comprends combien c&apos;est frustrant&#xa0;») avant de passer à la solution.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="108"/>
        <source>Brief and to the point, as this customer wants: keep leading with the answer.</source>
        <translation>Bref et précis, comme le souhaite ce client&#xa0;: continuez à commencer par la réponse.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="109"/>
        <source>Make it personal: use the customer&apos;s name or mention their situation in your own words.</source>
        <translation>Personnalisez&#xa0;: utilisez le nom du client ou évoquez sa situation avec vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="111"/>
        <source>Add a line of reassurance that you are taking care of it (&apos;I&apos;ll make sure this gets sorted&apos;).</source>
        <translation>Ajoutez une phrase pour rassurer le client que vous vous en occupez («&#xa0;je m&apos;assure que ce soit réglé&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="113"/>
        <source>Warm and personal: keep acknowledging the customer&apos;s situation like this.</source>
        <translation>Chaleureux et personnel&#xa0;: continuez à reconnaître la situation du client ainsi.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="114"/>
        <source>Explain or replace &apos;{term}&apos; with everyday words: the customer may not know it.</source>
        <translation>Expliquez ou remplacez «&#xa0;{term}&#xa0;» par des mots de tous les jours&#xa0;: le client ne le connaît peut-être pas.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="115"/>
        <source>Replace hedges such as &apos;maybe&apos; or &apos;I think&apos; with what you know and what you will do.</source>
        <translation>Remplacez les hésitations comme «&#xa0;peut-être&#xa0;» ou «&#xa0;je pense&#xa0;» par ce que vous savez et ce que vous allez faire.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="117"/>
        <source>Be specific: give a date, a time, an amount or the exact button to press instead of &apos;soon&apos;.</source>
        <translation>Soyez précis&#xa0;: donnez une date, une heure, un montant ou le bouton exact sur lequel appuyer plutôt que «&#xa0;bientôt&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="119"/>
        <source>Cut the formal filler (&apos;please be advised&apos;, &apos;at this time&apos;) and say it plainly.</source>
        <translation>Supprimez les formules administratives («&#xa0;veuillez noter que&#xa0;», «&#xa0;à l&apos;heure actuelle&#xa0;») et dites-le simplement.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="120"/>
        <source>Say who does what: &apos;I&apos;ve refunded you&apos; rather than &apos;a refund has been processed&apos;.</source>
        <translation>Dites qui fait quoi&#xa0;: «&#xa0;je vous ai remboursé&#xa0;» plutôt que «&#xa0;un remboursement a été traité&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="121"/>
        <source>Split your longest sentence ({count} words) into two or three short ones.</source>
        <translation>Coupez votre phrase la plus longue ({count} mots) en deux ou trois phrases courtes.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="122"/>
        <source>The customer asked which to choose: recommend one first and say why it fits them.</source>
        <translation>Le client a demandé quoi choisir : recommandez d&apos;abord une option et dites pourquoi elle lui convient.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="124"/>
        <source>Answer the customer&apos;s question directly, in your first sentence.</source>
        <translation>Répondez directement à la question du client, dès votre première phrase.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="125"/>
        <source>Add a concrete detail or next step: what happens, when, and what the customer should do.</source>
        <translation>Ajoutez un détail concret ou une prochaine étape&#xa0;: ce qui se passe, quand, et ce que le client doit faire.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="127"/>
        <source>Prefer everyday words to long or formal ones.</source>
        <translation>Préférez les mots de tous les jours aux mots longs ou soutenus.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="128"/>
        <source>Clear and concrete: keep giving specifics and next steps like this.</source>
        <translation>Clair et concret&#xa0;: continuez à donner des précisions et des prochaines étapes ainsi.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="129"/>
        <source>Answer the first message within the target: a quick greeting and &apos;let me check that for you&apos; buys you time to look things up.</source>
        <translation>Répondez au premier message dans le délai visé&#xa0;: une salutation rapide et «&#xa0;je vérifie cela pour vous&#xa0;» vous laissent le temps de chercher.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="131"/>
        <source>When you need more time, send a short holding message first (&apos;One moment, I&apos;m checking your order&apos;) so the customer knows you are on it.</source>
        <translation>Quand il vous faut plus de temps, envoyez d&apos;abord un court message d&apos;attente («&#xa0;Un instant, je vérifie votre commande&#xa0;») pour que le client sache que vous vous en occupez.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="133"/>
        <source>Good holding message: follow up with the answer as soon as you have it.</source>
        <translation>Bon message d&apos;attente&#xa0;: envoyez la réponse dès que vous l&apos;avez.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="134"/>
        <source>Good pace: keep answering within the target.</source>
        <translation>Bon rythme&#xa0;: continuez à répondre dans le délai visé.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="135"/>
        <source>Write a reply: the customer is waiting for an answer.</source>
        <translation>Écrivez une réponse&#xa0;: le client attend.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="136"/>
        <source>The scorer reads replies in English: write this reply in English to have it scored.</source>
        <translation>L&apos;évaluation lit les réponses en anglais&#xa0;: écrivez cette réponse en anglais pour qu&apos;elle soit notée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="141"/>
        <source>First conversation</source>
        <translation>Première conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="142"/>
        <source>Completed a first practice session.</source>
        <translation>A terminé une première séance d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="143"/>
        <source>Regular</source>
        <translation>Habitué</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="144"/>
        <source>Completed {count} practice sessions.</source>
        <translation>A terminé {count} séances d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="145"/>
        <source>Five-day streak</source>
        <translation>Cinq jours d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="146"/>
        <source>Practised on {count} days in a row.</source>
        <translation>S&apos;est entraîné {count} jours d&apos;affilée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="147"/>
        <source>Empathy star</source>
        <translation>Étoile de l&apos;empathie</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="148"/>
        <source>Averaged {score}+ empathy in a completed scenario of difficulty {difficulty} or more.</source>
        <translation>A obtenu en moyenne {score} ou plus en empathie dans un scénario terminé de difficulté {difficulty} ou plus.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="150"/>
        <source>Quick first response</source>
        <translation>Première réponse rapide</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="151"/>
        <source>Sent the first reply of a completed session within {count} seconds.</source>
        <translation>A envoyé la première réponse d&apos;une séance terminée en moins de {count} secondes.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="153"/>
        <source>Delighted customer</source>
        <translation>Client ravi</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/core_texts.py" line="154"/>
        <source>Finished a session with a CSAT of 5.</source>
        <translation>A terminé une séance avec une satisfaction client (CSAT) de 5.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="154"/>
        <source>Feedback</source>
        <translation>Retour sur votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="160"/>
        <source>Scores, the words that earned or cost points, and tips appear here after each reply.</source>
        <translation>Après chaque réponse, vous verrez ici les scores, les mots qui ont rapporté ou coûté des points, et des conseils.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="162"/>
        <source>Scoring your reply…</source>
        <translation>Évaluation de votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="163"/>
        <source>Exam mode: feedback is hidden until the end of the conversation. You will see every score in the report.</source>
        <translation>Mode examen&#xa0;: le retour est masqué jusqu&apos;à la fin de la conversation. Vous verrez tous les scores dans le bilan.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="181"/>
        <source>Reply {number} · answered in {time}</source>
        <translation>Réponse {number} · envoyée en {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="185"/>
        <source>Overall score: {score} out of 100</source>
        <translation>Score global&#xa0;: {score} sur 100</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="186"/>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="198"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="201"/>
        <source>Your reply, with the words that earned points in green and those that cost points in red</source>
        <translation>Votre réponse, avec en vert les mots qui ont rapporté des points et en rouge ceux qui en ont coûté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="205"/>
        <source>Green: earned points · Red: cost points</source>
        <translation>Vert&#xa0;: points gagnés · Rouge&#xa0;: points perdus</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="216"/>
        <source>Earned points</source>
        <translation>Points gagnés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="216"/>
        <source>Cost points</source>
        <translation>Points perdus</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="219"/>
        <source>Whole reply — {reason} ({dimension})</source>
        <translation>Toute la réponse — {reason} ({dimension})</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="222"/>
        <source>“{quote}” — {reason} ({dimension})</source>
        <translation>«&#xa0;{quote}&#xa0;» — {reason} ({dimension})</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="230"/>
        <source>What counted</source>
        <translation>Ce qui a compté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="236"/>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="249"/>
        <source>Key points covered</source>
        <translation>Points clés abordés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="254"/>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="11"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="11"/>
        <source>Send your reply</source>
        <translation>Envoyer votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="12"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="12"/>
        <source>New line in your reply</source>
        <translation>Nouvelle ligne dans votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="13"/>
        <source>Move between controls</source>
        <translation>Passer d&apos;un élément à l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="14"/>
        <source>Search the scenario library</source>
        <translation>Rechercher dans la bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="15"/>
        <source>Back to the scenario library</source>
        <translation>Revenir à la bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="16"/>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="17"/>
        <source>Leave the conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="19"/>
        <source>About Agent Training Simulator</source>
        <translation>À propos d&apos;Agent Training Simulator</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="20"/>
        <source>Agent Training Simulator

Practise customer-service chats with simulated customers. Every reply is scored for empathy, clarity and speed by models running on this computer: no conversation leaves it.</source>
        <translation>Agent Training Simulator

Entraînez-vous aux conversations de service client avec des clients simulés. Chaque réponse est évaluée en empathie, clarté et rapidité par des modèles qui tournent sur cet ordinateur&#xa0;: aucune conversation n&apos;en sort.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="32"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="33"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/help_dialogs.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="75"/>
        <source>YOUR PROGRESS</source>
        <translation>VOTRE PROGRESSION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="78"/>
        <source>Choose a profile to see your progress.</source>
        <translation>Choisissez un profil pour voir votre progression.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="83"/>
        <source>Average scores per day</source>
        <translation>Scores moyens par jour</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="90"/>
        <location filename="../../simulator/gui/history_view.py" line="191"/>
        <source>Latest sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="97"/>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="107"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="107"/>
        <source>Next: {step}</source>
        <translation>Prochaine étape&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="109"/>
        <source>Conversations finished</source>
        <translation>Conversations terminées</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="109"/>
        <source>among the latest {count}</source>
        <translation>parmi les {count} dernières</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="111"/>
        <source>Practice streak</source>
        <translation>Série d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="111"/>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="112"/>
        <source>best: {days} days</source>
        <translation>record&#xa0;: {days} jours</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="169"/>
        <source>Finish a conversation to see your scores here.</source>
        <translation>Terminez une conversation pour voir vos scores ici.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="175"/>
        <source>Chart of your average scores per day</source>
        <translation>Graphique de vos scores moyens par jour</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="189"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="189"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="189"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="190"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="190"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="190"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="195"/>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="195"/>
        <source>Left</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="213"/>
        <source>Badges: {earned} of {total}</source>
        <translation>Badges&#xa0;: {earned} sur {total}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="220"/>
        <source>Earned: {badge}</source>
        <translation>Obtenu&#xa0;: {badge}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="220"/>
        <source>Not earned yet: {badge}</source>
        <translation>Pas encore obtenu&#xa0;: {badge}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../simulator/gui/labels.py" line="10"/>
        <source>Angry</source>
        <translation>Colère</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="11"/>
        <source>Frustrated</source>
        <translation>Agacement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="12"/>
        <source>Anxious</source>
        <translation>Inquiétude</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="13"/>
        <source>Confused</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="14"/>
        <source>Sad</source>
        <translation>Tristesse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="15"/>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="16"/>
        <source>Satisfied</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="22"/>
        <source>Web live chat</source>
        <translation>Chat en direct sur le web</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="23"/>
        <source>Messaging app</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="24"/>
        <source>Internal helpdesk</source>
        <translation>Support interne</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="28"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="29"/>
        <source>Escalated</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="30"/>
        <source>Customer left</source>
        <translation>Client parti</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="35"/>
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="36"/>
        <source>Clarity</source>
        <translation>Clarté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="37"/>
        <source>Speed</source>
        <translation>Rapidité</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="38"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="65"/>
        <source>{dimension}: not scored</source>
        <translation>{dimension}&#xa0;: non évalué</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/labels.py" line="67"/>
        <source>{dimension}: {score} out of 100</source>
        <translation>{dimension}&#xa0;: {score} sur 100</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="47"/>
        <source>{file}, line {line}, column {column}: {message}</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="222"/>
        <source>Restoring your conversation…</source>
        <translation>Restauration de votre conversation…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="273"/>
        <source>No scenario selected</source>
        <translation>Aucun scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="280"/>
        <source>{channel} · difficulty {level} of 5 · about {minutes} min</source>
        <translation>{channel} · difficulté {level} sur 5 · environ {minutes} min</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="284"/>
        <source>Customer: {name} · starting mood: {mood}</source>
        <translation>Client&#xa0;: {name} · humeur de départ&#xa0;: {mood}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="294"/>
        <source>Recommended: trains your weakest skill, {dimension}</source>
        <translation>Recommandé&#xa0;: travaille votre point faible, {dimension}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="296"/>
        <source>Recommended: new to you, at your level</source>
        <translation>Recommandé&#xa0;: nouveau pour vous, à votre niveau</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="297"/>
        <source>Recommended: new to you</source>
        <translation>Recommandé&#xa0;: nouveau pour vous</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="298"/>
        <source>Recommended: trains your weakest skill</source>
        <translation>Recommandé&#xa0;: travaille votre point faible</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="299"/>
        <source>Recommended: worth another try</source>
        <translation>Recommandé&#xa0;: à retenter</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="302"/>
        <source>Scenario library</source>
        <translation>Bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="304"/>
        <source>1 scenario · choose one to practise</source>
        <translation>1 scénario · choisissez-en un pour vous entraîner</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="305"/>
        <source>{count} scenarios · choose one to practise</source>
        <translation>{count} scénarios · choisissez-en un pour vous entraîner</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="306"/>
        <source>Search title, tag or channel  (Ctrl+F)</source>
        <translation>Rechercher un titre, une étiquette ou un canal  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="307"/>
        <source>Search scenarios</source>
        <translation>Rechercher des scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="308"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="309"/>
        <source>Press Enter to practise the selected scenario</source>
        <translation>Appuyez sur Entrée pour vous entraîner sur le scénario sélectionné</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="310"/>
        <source>SCENARIO</source>
        <translation>SCÉNARIO</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="311"/>
        <source>&amp;Start practice</source>
        <translation>&amp;Commencer l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="312"/>
        <source>Start practice</source>
        <translation>Commencer l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="315"/>
        <source>1 scenario file could not be loaded</source>
        <translation>1 fichier de scénario n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="316"/>
        <source>{count} scenario files could not be loaded</source>
        <translation>{count} fichiers de scénario n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="317"/>
        <source>The other scenarios work normally. Fix the problems below ({count} in all), then reload.</source>
        <translation>Les autres scénarios fonctionnent normalement. Corrigez les problèmes ci-dessous ({count} en tout), puis rechargez.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="319"/>
        <source>&amp;Reload library</source>
        <translation>&amp;Recharger la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="320"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="321"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="322"/>
        <source>Resume the unfinished conversation</source>
        <translation>Reprendre la conversation inachevée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="323"/>
        <source>Discard the unfinished conversation</source>
        <translation>Abandonner la conversation inachevée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="326"/>
        <source>You did not finish “{title}” ({replies} replies so far). Pick up where you left off?</source>
        <translation>Vous n&apos;avez pas terminé «&#xa0;{title}&#xa0;» ({replies} réponses pour l&apos;instant). Reprendre là où vous en étiez&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/library_view.py" line="328"/>
        <source>Problems in scenario files</source>
        <translation>Problèmes dans les fichiers de scénario</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="457"/>
        <location filename="../../simulator/gui/main_window.py" line="459"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="302"/>
        <location filename="../../simulator/gui/main_window.py" line="452"/>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="303"/>
        <source>Something went wrong with your saved progress: {error}</source>
        <translation>Un problème est survenu avec votre progression enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="423"/>
        <source>Opening the progress database {database}…</source>
        <translation>Ouverture de la base de progression {database}…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="427"/>
        <source>Your progress will not be saved: the progress database {database} could not be opened. You can still practise. The problem: {error}</source>
        <translation>Votre progression ne sera pas enregistrée&#xa0;: la base de progression {database} n&apos;a pas pu être ouverte. Vous pouvez tout de même vous entraîner. Le problème&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="435"/>
        <source>Loading scoring models…</source>
        <translation>Chargement des modèles d&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="436"/>
        <source>Scoring models ready</source>
        <translation>Modèles d&apos;évaluation prêts</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="437"/>
        <source>The scoring models could not be loaded: {error}</source>
        <translation>Les modèles d&apos;évaluation n&apos;ont pas pu être chargés&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="444"/>
        <location filename="../../simulator/gui/main_window.py" line="446"/>
        <source>Agent Training Simulator</source>
        <translation>Agent Training Simulator</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="447"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="448"/>
        <source>Scenario library (Ctrl+L)</source>
        <translation>Bibliothèque de scénarios (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="449"/>
        <source>Scenario library</source>
        <translation>Bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="450"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="451"/>
        <source>Your progress (Ctrl+H)</source>
        <translation>Votre progression (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="453"/>
        <location filename="../../simulator/gui/main_window.py" line="456"/>
        <source>Choose profile</source>
        <translation>Choisir un profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="454"/>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="455"/>
        <source>Profile: {name}</source>
        <translation>Profil&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="458"/>
        <source>Theme, language and exam mode</source>
        <translation>Thème, langue et mode examen</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="460"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="461"/>
        <source>&amp;Practice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="462"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="463"/>
        <source>Switch &amp;profile…</source>
        <translation>Changer de &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="464"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="465"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="466"/>
        <source>Scenario &amp;library</source>
        <translation>&amp;Bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="467"/>
        <source>Your p&amp;rogress</source>
        <translation>Votre pro&amp;gression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="468"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="469"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="220"/>
        <source>Leave the conversation?</source>
        <translation>Quitter la conversation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="221"/>
        <source>The customer is still waiting. Leave this conversation? It will not be scored.</source>
        <translation>Le client attend encore. Quitter cette conversation&#xa0;? Elle ne sera pas évaluée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="289"/>
        <source>Customer&apos;s mood: {mood}</source>
        <translation>Humeur du client&#xa0;: {mood}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="292"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="294"/>
        <source>Patience: {left} of {full}</source>
        <translation>Patience&#xa0;: {left} sur {full}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="303"/>
        <source>Waiting {time}</source>
        <translation>Attend depuis {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="312"/>
        <source>The conversation is over.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="314"/>
        <source>Scoring your reply…</source>
        <translation>Évaluation de votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="316"/>
        <source>Your reply is kept here until it can be saved.</source>
        <translation>Votre réponse est conservée ici jusqu&apos;à ce qu&apos;elle puisse être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="318"/>
        <source>Wait for the customer to finish writing before you send.</source>
        <translation>Attendez que le client ait fini d&apos;écrire avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="320"/>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Entrée pour envoyer · Maj+Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="323"/>
        <source>Leave</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="324"/>
        <source>Leave this conversation (Ctrl+W)</source>
        <translation>Quitter cette conversation (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="325"/>
        <source>Leave the conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="326"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="327"/>
        <source>Send your reply (Enter)</source>
        <translation>Envoyer votre réponse (Entrée)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="328"/>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="329"/>
        <source>Write your reply…</source>
        <translation>Écrivez votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="330"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="331"/>
        <source>Enter sends the reply; Shift+Enter starts a new line</source>
        <translation>Entrée envoie la réponse&#xa0;; Maj+Entrée va à la ligne</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="332"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="353"/>
        <source>The conversation is over, but its end could not be saved. Nothing is lost: your result is kept, and Retry saves it once the database works again; then you can see your report. The problem: {error}</source>
        <translation>La conversation est terminée, mais sa fin n&apos;a pas pu être enregistrée. Rien n&apos;est perdu&#xa0;: votre résultat est conservé, et «&#xa0;Réessayer&#xa0;» l&apos;enregistre dès que la base de données fonctionne de nouveau&#xa0;; vous pourrez alors voir votre bilan. Le problème&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="357"/>
        <source>Your reply could not be saved, so the conversation is paused. Nothing is lost: your reply is kept, and Retry saves it once the database works again. The problem: {error}</source>
        <translation>Votre réponse n&apos;a pas pu être enregistrée&#xa0;: la conversation est en pause. Rien n&apos;est perdu&#xa0;: votre réponse est conservée, et «&#xa0;Réessayer&#xa0;» l&apos;enregistre dès que la base de données fonctionne de nouveau. Le problème&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="360"/>
        <source>Your reply could not be scored: {error}</source>
        <translation>Votre réponse n&apos;a pas pu être évaluée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="334"/>
        <source>See your report</source>
        <translation>Voir votre bilan</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="337"/>
        <source>The conversation is over. Outcome: {outcome}.</source>
        <translation>La conversation est terminée. Issue&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="339"/>
        <source>YOUR TASK</source>
        <translation>VOTRE MISSION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="340"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="341"/>
        <source>Feedback on your last reply</source>
        <translation>Retour sur votre dernière réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="345"/>
        <source>Reply within about {seconds} seconds.</source>
        <translation>Répondez en {seconds} secondes environ.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="108"/>
        <source>trainee</source>
        <translation>apprenant</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="108"/>
        <source>trainer</source>
        <translation>formateur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="109"/>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="143"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="155"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="156"/>
        <source>Who is practising?</source>
        <translation>Qui s&apos;entraîne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="157"/>
        <source>Your replies, scores and badges are saved in your profile on this computer. Next time the app opens in the profile used last.</source>
        <translation>Vos réponses, scores et badges sont enregistrés dans votre profil sur cet ordinateur. La prochaine fois, l&apos;application s&apos;ouvrira dans le dernier profil utilisé.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="159"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="160"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="161"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="162"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="163"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="164"/>
        <source>T&amp;eam (optional)</source>
        <translation>Éq&amp;uipe (facultatif)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="167"/>
        <source>Trainee</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="167"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="168"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="172"/>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/profile_dialog.py" line="173"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="110"/>
        <source>Conversation report</source>
        <translation>Rapport de la conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="111"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="112"/>
        <source>&amp;Next scenario</source>
        <translation>Scénario &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="112"/>
        <source>&amp;Next recommended</source>
        <translation>&amp;Suivant recommandé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="113"/>
        <source>Next: {title}</source>
        <translation>Suivant&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="114"/>
        <source>Back to the &amp;library</source>
        <translation>Retour à la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="126"/>
        <source>CONVERSATION REPORT</source>
        <translation>BILAN DE LA CONVERSATION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="132"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="136"/>
        <source>after 1 reply</source>
        <translation>après 1 réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="137"/>
        <source>after {count} replies</source>
        <translation>après {count} réponses</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="143"/>
        <source>Customer satisfaction</source>
        <translation>Satisfaction du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="146"/>
        <source>Customer satisfaction: {csat} out of 5</source>
        <translation>Satisfaction du client&#xa0;: {csat} sur 5</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="148"/>
        <source>{csat} out of 5 (simulated CSAT)</source>
        <translation>{csat} sur 5 (CSAT simulé)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="154"/>
        <source>Average scores</source>
        <translation>Scores moyens</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="163"/>
        <source>Mood journey</source>
        <translation>Évolution de l&apos;humeur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="169"/>
        <source>Key points: {covered} of {total} covered</source>
        <translation>Points clés&#xa0;: {covered} sur {total} abordés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="176"/>
        <source>Covered: {point}</source>
        <translation>Abordé&#xa0;: {point}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="176"/>
        <source>Missed: {point}</source>
        <translation>Manqué&#xa0;: {point}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="183"/>
        <source>Badges earned</source>
        <translation>Badges obtenus</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="192"/>
        <source>Reply by reply</source>
        <translation>Réponse par réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="199"/>
        <source>Reply {number}</source>
        <translation>Réponse {number}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="200"/>
        <source>answered in {time}</source>
        <translation>envoyée en {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="211"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="216"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="217"/>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="220"/>
        <source>(none for this step)</source>
        <translation>(aucune pour cette étape)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="233"/>
        <source>Tip ({dimension}): {tip}</source>
        <translation>Conseil ({dimension})&#xa0;: {tip}</translation>
    </message>
</context>
<context>
    <name>ScenarioTableModel</name>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="57"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="57"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="57"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="57"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="58"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="58"/>
        <source>Last score</source>
        <translation>Dernier score</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="58"/>
        <source>For you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="72"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="73"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/scenario_table.py" line="76"/>
        <source>Difficulty {level} of 5</source>
        <translation>Difficulté {level} sur 5</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="58"/>
        <location filename="../../simulator/gui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="62"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="63"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="64"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="67"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="68"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="69"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="70"/>
        <source>&amp;Exam mode</source>
        <translation>Mode &amp;examen</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="71"/>
        <source>Hides the scores and tips until the end of the conversation, as in a real assessment. Applies to the next conversation you start.</source>
        <translation>Masque les scores et les conseils jusqu&apos;à la fin de la conversation, comme lors d&apos;une vraie évaluation. S&apos;applique à la prochaine conversation.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="73"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="74"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/settings_dialog.py" line="75"/>
        <source>Exam mode</source>
        <translation>Mode examen</translation>
    </message>
</context>
<context>
    <name>TypingIndicator</name>
    <message>
        <location filename="../../simulator/gui/chat_bubbles.py" line="116"/>
        <source>{name} is typing…</source>
        <translation>{name} est en train d&apos;écrire…</translation>
    </message>
</context>
</TS>
