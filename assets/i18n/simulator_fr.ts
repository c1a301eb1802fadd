<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../simulator/gui/app.py" line="63"/>
        <source>Progress will not be saved</source>
        <translation>La progression ne sera pas enregistrée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/app.py" line="64"/>
        <source>The progress database could not be opened, so this session will not be saved: {error}</source>
        <translation>La base de progression n&apos;a pas pu être ouverte&#xa0;: cette séance ne sera pas enregistrée. ({error})</translation>
    </message>
</context>
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
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="157"/>
        <source>Feedback</source>
        <translation>Retour sur votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="163"/>
        <source>Scores, the words that earned or cost points, and tips appear here after each reply.</source>
        <translation>Après chaque réponse, vous verrez ici les scores, les mots qui ont rapporté ou coûté des points, et des conseils.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="165"/>
        <source>Scoring your reply…</source>
        <translation>Évaluation de votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="166"/>
        <source>Exam mode: feedback is hidden until the end of the conversation. You will see every score in the report.</source>
        <translation>Mode examen&#xa0;: le retour est masqué jusqu&apos;à la fin de la conversation. Vous verrez tous les scores dans le bilan.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="184"/>
        <source>Reply {number} · answered in {time}</source>
        <translation>Réponse {number} · envoyée en {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="188"/>
        <source>Overall score: {score} out of 100</source>
        <translation>Score global&#xa0;: {score} sur 100</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="189"/>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="201"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="204"/>
        <source>Your reply, with the words that earned points in green and those that cost points in red</source>
        <translation>Votre réponse, avec en vert les mots qui ont rapporté des points et en rouge ceux qui en ont coûté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="208"/>
        <source>Green: earned points · Red: cost points</source>
        <translation>Vert&#xa0;: points gagnés · Rouge&#xa0;: points perdus</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="221"/>
        <source>Whole reply — {reason} ({dimension})</source>
        <translation>Toute la réponse — {reason} ({dimension})</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="224"/>
        <source>“{quote}” — {reason} ({dimension})</source>
        <translation>«&#xa0;{quote}&#xa0;» — {reason} ({dimension})</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="232"/>
        <source>What counted</source>
        <translation>Ce qui a compté</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="238"/>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="251"/>
        <source>Key points covered</source>
        <translation>Points clés abordés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="256"/>
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
        <location filename="../../simulator/gui/history_view.py" line="74"/>
        <source>YOUR PROGRESS</source>
        <translation>VOTRE PROGRESSION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="77"/>
        <source>Choose a profile to see your progress.</source>
        <translation>Choisissez un profil pour voir votre progression.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="82"/>
        <source>Average scores per day</source>
        <translation>Scores moyens par jour</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="89"/>
        <location filename="../../simulator/gui/history_view.py" line="189"/>
        <source>Latest sessions</source>
        <translation>Dernières séances</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="105"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="105"/>
        <source>Next: {step}</source>
        <translation>Prochaine étape&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="107"/>
        <source>Conversations finished</source>
        <translation>Conversations terminées</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="107"/>
        <source>among the latest {count}</source>
        <translation>parmi les {count} dernières</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="109"/>
        <source>Practice streak</source>
        <translation>Série d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="109"/>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="110"/>
        <source>best: {days} days</source>
        <translation>record&#xa0;: {days} jours</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="167"/>
        <source>Finish a conversation to see your scores here.</source>
        <translation>Terminez une conversation pour voir vos scores ici.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="173"/>
        <source>Chart of your average scores per day</source>
        <translation>Graphique de vos scores moyens par jour</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="187"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="187"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="187"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="188"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="188"/>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="188"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="193"/>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="193"/>
        <source>Left</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="211"/>
        <source>Badges: {earned} of {total}</source>
        <translation>Badges&#xa0;: {earned} sur {total}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="218"/>
        <source>Earned: {badge}</source>
        <translation>Obtenu&#xa0;: {badge}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/history_view.py" line="218"/>
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
        <location filename="../../simulator/gui/main_window.py" line="398"/>
        <location filename="../../simulator/gui/main_window.py" line="400"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="252"/>
        <location filename="../../simulator/gui/main_window.py" line="393"/>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="253"/>
        <source>Something went wrong with your saved progress: {error}</source>
        <translation>Un problème est survenu avec votre progression enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="376"/>
        <source>Loading scoring models…</source>
        <translation>Chargement des modèles d&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="377"/>
        <source>Scoring models ready</source>
        <translation>Modèles d&apos;évaluation prêts</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="378"/>
        <source>The scoring models could not be loaded: {error}</source>
        <translation>Les modèles d&apos;évaluation n&apos;ont pas pu être chargés&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="385"/>
        <location filename="../../simulator/gui/main_window.py" line="387"/>
        <source>Agent Training Simulator</source>
        <translation>Agent Training Simulator</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="388"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="389"/>
        <source>Scenario library (Ctrl+L)</source>
        <translation>Bibliothèque de scénarios (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="390"/>
        <source>Scenario library</source>
        <translation>Bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="391"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="392"/>
        <source>Your progress (Ctrl+H)</source>
        <translation>Votre progression (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="394"/>
        <location filename="../../simulator/gui/main_window.py" line="397"/>
        <source>Choose profile</source>
        <translation>Choisir un profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="395"/>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="396"/>
        <source>Profile: {name}</source>
        <translation>Profil&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="399"/>
        <source>Theme, language and exam mode</source>
        <translation>Thème, langue et mode examen</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="402"/>
        <source>&amp;Practice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="403"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="404"/>
        <source>Switch &amp;profile…</source>
        <translation>Changer de &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="405"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="406"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="407"/>
        <source>Scenario &amp;library</source>
        <translation>&amp;Bibliothèque de scénarios</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="408"/>
        <source>Your p&amp;rogress</source>
        <translation>Votre pro&amp;gression</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="409"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/main_window.py" line="410"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="217"/>
        <source>Leave the conversation?</source>
        <translation>Quitter la conversation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="218"/>
        <source>The customer is still waiting. Leave this conversation? It will not be scored.</source>
        <translation>Le client attend encore. Quitter cette conversation&#xa0;? Elle ne sera pas évaluée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="277"/>
        <source>Customer&apos;s mood: {mood}</source>
        <translation>Humeur du client&#xa0;: {mood}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="280"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="282"/>
        <source>Patience: {left} of {full}</source>
        <translation>Patience&#xa0;: {left} sur {full}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="291"/>
        <source>Waiting {time}</source>
        <translation>Attend depuis {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="300"/>
        <source>The conversation is over.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="302"/>
        <source>Scoring your reply…</source>
        <translation>Évaluation de votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="304"/>
        <source>Wait for the customer to finish writing before you send.</source>
        <translation>Attendez que le client ait fini d&apos;écrire avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="306"/>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Entrée pour envoyer · Maj+Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="309"/>
        <source>Leave</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="310"/>
        <source>Leave this conversation (Ctrl+W)</source>
        <translation>Quitter cette conversation (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="311"/>
        <source>Leave the conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="312"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="313"/>
        <source>Send your reply (Enter)</source>
        <translation>Envoyer votre réponse (Entrée)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="314"/>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="315"/>
        <source>Write your reply…</source>
        <translation>Écrivez votre réponse…</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="316"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="317"/>
        <source>Enter sends the reply; Shift+Enter starts a new line</source>
        <translation>Entrée envoie la réponse&#xa0;; Maj+Entrée va à la ligne</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="318"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="319"/>
        <source>Your reply could not be scored: {error}</source>
        <translation>Votre réponse n&apos;a pas pu être évaluée&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="320"/>
        <source>See your report</source>
        <translation>Voir votre bilan</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="323"/>
        <source>The conversation is over. Outcome: {outcome}.</source>
        <translation>La conversation est terminée. Issue&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="325"/>
        <source>YOUR TASK</source>
        <translation>VOTRE MISSION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="326"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="327"/>
        <source>Feedback on your last reply</source>
        <translation>Retour sur votre dernière réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/practice_view.py" line="331"/>
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
        <location filename="../../simulator/gui/report_view.py" line="122"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="123"/>
        <source>&amp;Next scenario</source>
        <translation>Scénario &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="123"/>
        <source>&amp;Next recommended</source>
        <translation>&amp;Suivant recommandé</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="124"/>
        <source>Next: {title}</source>
        <translation>Suivant&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="125"/>
        <source>Back to the &amp;library</source>
        <translation>Retour à la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="137"/>
        <source>CONVERSATION REPORT</source>
        <translation>BILAN DE LA CONVERSATION</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="143"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="147"/>
        <source>after 1 reply</source>
        <translation>après 1 réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="148"/>
        <source>after {count} replies</source>
        <translation>après {count} réponses</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="154"/>
        <source>Customer satisfaction</source>
        <translation>Satisfaction du client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="159"/>
        <source>Customer satisfaction: {csat} out of 5</source>
        <translation>Satisfaction du client&#xa0;: {csat} sur 5</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="164"/>
        <source>{csat} out of 5 (simulated CSAT)</source>
        <translation>{csat} sur 5 (CSAT simulé)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="170"/>
        <source>Average scores</source>
        <translation>Scores moyens</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="179"/>
        <source>Mood journey</source>
        <translation>Évolution de l&apos;humeur</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="185"/>
        <source>Key points: {covered} of {total} covered</source>
        <translation>Points clés&#xa0;: {covered} sur {total} abordés</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="192"/>
        <source>Covered: {point}</source>
        <translation>Abordé&#xa0;: {point}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="192"/>
        <source>Missed: {point}</source>
        <translation>Manqué&#xa0;: {point}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="199"/>
        <source>Badges earned</source>
        <translation>Badges obtenus</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="208"/>
        <source>Reply by reply</source>
        <translation>Réponse par réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="215"/>
        <source>Reply {number}</source>
        <translation>Réponse {number}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="216"/>
        <source>answered in {time}</source>
        <translation>envoyée en {time}</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="226"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="231"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="232"/>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="235"/>
        <source>(none for this step)</source>
        <translation>(aucune pour cette étape)</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/report_view.py" line="248"/>
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
    <name>ScoreBar</name>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="62"/>
        <source>{dimension}: {score} out of 100</source>
        <translation>{dimension}&#xa0;: {score} sur 100</translation>
    </message>
    <message>
        <location filename="../../simulator/gui/feedback_panel.py" line="64"/>
        <source>{dimension}: not scored</source>
        <translation>{dimension}&#xa0;: non évalué</translation>
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
