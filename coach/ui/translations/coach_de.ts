<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnglePlot</name>
    <message>
        <source>No angle was measured in this recording</source>
        <translation>In dieser Aufnahme wurde kein Winkel gemessen</translation>
    </message>
    <message>
        <source>{angle} at {time}</source>
        <translation>{angle} bei {time}</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <source>Correct the count</source>
        <translation>Zählung korrigieren</translation>
    </message>
    <message>
        <source>Counted by Coach: {recorded}</source>
        <translation>Von Coach gezählt: {recorded}</translation>
    </message>
    <message>
        <source> · now shown: {current}</source>
        <translation> · jetzt angezeigt: {current}</translation>
    </message>
    <message>
        <source>e.g. two reps were partial lifts seen on the video</source>
        <translation>z. B. zwei Wiederholungen waren im Video nur halbe Hebungen</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Correct count</source>
        <translation>Richtige Anzahl</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The original count is kept and shown with the reason in every report.</source>
        <translation>Die ursprüngliche Zählung bleibt erhalten und wird mit dem Grund in jedem Bericht gezeigt.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Good-form hold</source>
        <translation>Sauber gehalten</translation>
    </message>
    <message>
        <source>Reps each side</source>
        <translation>Wdh. je Seite</translation>
    </message>
    <message>
        <source>of {value}</source>
        <translation>von {value}</translation>
    </message>
    <message>
        <source>Holding {value}</source>
        <translation>Halten {value}</translation>
    </message>
    <message>
        <source>Not holding</source>
        <translation>Nicht in Position</translation>
    </message>
    <message>
        <source>left arm · right arm</source>
        <translation>linker Arm · rechter Arm</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>von {target}</translation>
    </message>
</context>
<context>
    <name>CueBanner</name>
    <message>
        <source>SET-UP</source>
        <translation>AUFBAU</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>KORRIGIEREN</translation>
    </message>
    <message>
        <source>GOOD</source>
        <translation>GUT</translation>
    </message>
    <message>
        <source>READY?</source>
        <translation>BEREIT?</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>Good form — keep going</source>
        <translation>Saubere Ausführung — weiter so</translation>
    </message>
    <message>
        <source>Good — keep going</source>
        <translation>Gut — weiter so</translation>
    </message>
    <message>
        <source>Get into the starting position</source>
        <translation>Gehen Sie in die Ausgangsposition</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Report for a date range</source>
        <translation>Bericht für einen Zeitraum</translation>
    </message>
    <message>
        <source>Sessions from … to … (both days included)</source>
        <translation>Einheiten von … bis … (beide Tage eingeschlossen)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Not available: this recording is a pose track, the video was not kept</source>
        <translation>Nicht verfügbar: Diese Aufnahme ist eine Skelettaufzeichnung, das Video wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Not available in Automatic: choose the exercise and re-score to draw its measures</source>
        <translation>In „Automatisch“ nicht verfügbar: Übung wählen und neu bewerten, um ihre Messwerte einzuzeichnen</translation>
    </message>
    <message>
        <source>Export — {what}</source>
        <translation>Exportieren — {what}</translation>
    </message>
</context>
<context>
    <name>GuidedSession</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation>Wie stark schmerzt Ihr Rücken gerade?</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>How much does your back hurt now, after exercising?</source>
        <translation>Wie stark schmerzt Ihr Rücken jetzt, nach den Übungen?</translation>
    </message>
    <message>
        <source>a live session</source>
        <translation>eine Live-Einheit</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %n set(s) recorded.</source>
        <translation>
            <numerusform>„{name}“: %n Satz aufgezeichnet.</numerusform>
            <numerusform>„{name}“: %n Sätze aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session could not be resumed: {exc}</source>
        <translation>Die Einheit konnte nicht fortgesetzt werden: {exc}</translation>
    </message>
    <message>
        <source>The programme cannot start: {exc}</source>
        <translation>Das Programm kann nicht starten: {exc}</translation>
    </message>
    <message>
        <source>Next: {title} — set {set} of {sets}</source>
        <translation>Als Nächstes: {title} — Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>The set could not start: {exc}</source>
        <translation>Der Satz konnte nicht starten: {exc}</translation>
    </message>
    <message>
        <source>Follow along with a video</source>
        <translation>Mit einem Video mitmachen</translation>
    </message>
</context>
<context>
    <name>GuidedSet</name>
    <message>
        <source>What you did is saved.</source>
        <translation>Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>The set is saved, but its pose track could not be: {exc}</source>
        <translation>Der Satz ist gespeichert, seine Skelettaufzeichnung aber nicht: {exc}</translation>
    </message>
    <message>
        <source>Still no picture: {exc}</source>
        <translation>Immer noch kein Bild: {exc}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Jede Einheit</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped — it hurt</source>
        <translation>gestoppt — Schmerzen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>closed unfinished</source>
        <translation>unvollständig geschlossen</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Group the chart by</source>
        <translation>Diagramm gruppieren nach</translation>
    </message>
    <message>
        <source>Report for dates…</source>
        <translation>Bericht für Zeitraum…</translation>
    </message>
    <message>
        <source>Sessions — double-click one for its sets, reps and faults</source>
        <translation>Einheiten — Doppelklick zeigt Sätze, Wiederholungen und Fehler</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Einheit öffnen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>No sessions yet. After your first guided session, your progress shows here.</source>
        <translation>Noch keine Einheiten. Nach Ihrer ersten angeleiteten Einheit sehen Sie hier Ihren Fortschritt.</translation>
    </message>
    <message>
        <source>The report was not written: {exc}</source>
        <translation>Der Bericht wurde nicht geschrieben: {exc}</translation>
    </message>
    <message>
        <source>Saved {files}</source>
        <translation>{files} gespeichert</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Export the report (PDF and CSV)</source>
        <translation>Bericht exportieren (PDF und CSV)</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Place the laptop</source>
        <translation>Laptop aufstellen</translation>
    </message>
    <message>
        <source>Good form</source>
        <translation>Saubere Ausführung</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Skip this set</source>
        <translation>Diesen Satz überspringen</translation>
    </message>
    <message>
        <source>Use a video…</source>
        <translation>Video verwenden…</translation>
    </message>
    <message>
        <source>Start set  (Space)</source>
        <translation>Satz starten  (Leertaste)</translation>
    </message>
    <message>
        <source>Your physio has set your own limits for this exercise. </source>
        <translation>Ihre Physiotherapie hat für diese Übung eigene Grenzwerte festgelegt. </translation>
    </message>
    <message>
        <source>No camera found — choose a video to follow along.</source>
        <translation>Keine Kamera gefunden — wählen Sie ein Video zum Mitmachen.</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Video: {name}</translation>
    </message>
    <message>
        <source>Hold for {seconds} seconds</source>
        <translation>{seconds} Sekunden halten</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} Wiederholungen</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> je Seite</translation>
    </message>
    <message>
        <source> with the left arm</source>
        <translation> mit dem linken Arm</translation>
    </message>
    <message>
        <source> with the right arm</source>
        <translation> mit dem rechten Arm</translation>
    </message>
    <message>
        <source> · then {seconds} s rest</source>
        <translation> · danach {seconds} s Pause</translation>
    </message>
    <message>
        <source>Exercise {index} of {count} · set {set} of {sets}</source>
        <translation>Übung {index} von {count} · Satz {set} von {sets}</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Pause
(Space)</source>
        <translation>Pause
(Leertaste)</translation>
    </message>
    <message>
        <source>End set
(E)</source>
        <translation>Beenden
(E)</translation>
    </message>
    <message>
        <source>Voice on
(M)</source>
        <translation>Stimme an
(M)</translation>
    </message>
    <message>
        <source>Stop — it hurts  (H)</source>
        <translation>Stopp — tut weh
(H)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>End set</source>
        <translation>Satz beenden</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <source>Resume
(Space)</source>
        <translation>Weiter
(Leertaste)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Press Space to go on</source>
        <translation>Leertaste drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>{message}
Close the other program, then Reconnect — or end the set.</source>
        <translation>{message}
Anderes Programm schließen, dann „Neu verbinden“ — oder Satz beenden.</translation>
    </message>
    <message>
        <source>No picture from the camera</source>
        <translation>Kein Bild von der Kamera</translation>
    </message>
    <message>
        <source>{message}
{kept} Check the cable, then Reconnect — or end the set.</source>
        <translation>{message}
{kept} Kabel prüfen, dann „Neu verbinden“ — oder Satz beenden.</translation>
    </message>
    <message>
        <source>Camera lost — your set is kept</source>
        <translation>Kamera verloren — Satz bleibt erhalten</translation>
    </message>
    <message>
        <source>{sound} off
(M)</source>
        <translation>{sound} aus
(M)</translation>
    </message>
    <message>
        <source>{sound} on
(M)</source>
        <translation>{sound} an
(M)</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>The camera stopped sending pictures.</source>
        <translation>Die Kamera sendet keine Bilder mehr.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coach — exercise form</source>
        <translation>Coach — saubere Übungsausführung</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Choose an exercise and a camera, or open a video.</source>
        <translation>Wählen Sie eine Übung und eine Kamera oder öffnen Sie ein Video.</translation>
    </message>
    <message>
        <source>Open a video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Review a recording…</source>
        <translation>Aufnahme auswerten…</translation>
    </message>
    <message>
        <source>Programmes &amp;&amp; history…</source>
        <translation>Programme &amp;&amp; Verlauf…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Share with my physio…</source>
        <translation>Mit meiner Physiotherapie teilen…</translation>
    </message>
    <message>
        <source>Import a patient&apos;s sessions…</source>
        <translation>Einheiten eines Patienten importieren…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Coach is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Coach.</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Still no picture: {exc}</source>
        <translation>Immer noch kein Bild: {exc}</translation>
    </message>
    <message>
        <source>Starting the camera and the pose model…</source>
        <translation>Kamera und Posenmodell werden gestartet…</translation>
    </message>
    <message>
        <source>Your {seconds} s hold is kept.</source>
        <translation>Ihre Haltezeit von {seconds} s bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n rep(s) are kept.</source>
        <translation>
            <numerusform>Ihre %n Wiederholung bleibt erhalten.</numerusform>
            <numerusform>Ihre %n Wiederholungen bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotAdvisedPage</name>
    <message>
        <source>Please talk to a clinician first</source>
        <translation>Bitte sprechen Sie zuerst mit einer Ärztin, einem Arzt oder Ihrer Physiotherapie</translation>
    </message>
    <message>
        <source>Your answers are saved so your physiotherapist can see them. When a clinician has said exercise is right for you, you can answer the questions again.</source>
        <translation>Ihre Antworten werden gespeichert, damit Ihre Physiotherapie sie sehen kann. Wenn eine Fachperson bestätigt hat, dass Training für Sie geeignet ist, können Sie die Fragen erneut beantworten.</translation>
    </message>
    <message>
        <source>Back to the programme</source>
        <translation>Zurück zum Programm</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Notiz zu dieser Einheit</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>OpenBar</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Coach recognises each exercise and splits the recording into sets</source>
        <translation>Coach erkennt jede Übung und teilt die Aufnahme in Sätze auf</translation>
    </message>
    <message>
        <source>How the recording is judged; change it and re-score if it was wrong</source>
        <translation>Wie die Aufnahme beurteilt wird; bei Fehlern ändern und neu bewerten</translation>
    </message>
    <message>
        <source>Per-patient limits (a rule override file); the default limits when none</source>
        <translation>Grenzwerte pro Patient (eine Regel-Datei); ohne Datei gelten die Standardgrenzwerte</translation>
    </message>
    <message>
        <source>Limits file…</source>
        <translation>Grenzwert-Datei…</translation>
    </message>
    <message>
        <source>Choose a patient&apos;s limits file (.toml)</source>
        <translation>Grenzwert-Datei eines Patienten wählen (.toml)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the default limits</source>
        <translation>Standardgrenzwerte verwenden</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Aufnahme öffnen…</translation>
    </message>
    <message>
        <source>Open a video or a pose track (.npz) and analyse it (Ctrl+O)</source>
        <translation>Ein Video oder eine Skelettaufzeichnung (.npz) öffnen und auswerten (Strg+O)</translation>
    </message>
    <message>
        <source>Re-score with current limits</source>
        <translation>Neu bewerten</translation>
    </message>
    <message>
        <source>Judge the same movement again with the exercise and limits chosen here (re-reads the limits file; the pose model is not run again)</source>
        <translation>Dieselbe Bewegung erneut mit der hier gewählten Übung und den Grenzwerten beurteilen (liest die Grenzwert-Datei neu; das Posenmodell läuft nicht noch einmal)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop now (Esc)</source>
        <translation>Jetzt anhalten (Esc)</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <source>Limits: {name}</source>
        <translation>Grenzwerte: {name}</translation>
    </message>
    <message>
        <source>Limits: defaults</source>
        <translation>Grenzwerte: Standard</translation>
    </message>
    <message>
        <source>The default limits from the rule files</source>
        <translation>Die Standardgrenzwerte aus den Regeldateien</translation>
    </message>
    <message>
        <source>Open a recording to review</source>
        <translation>Aufnahme zum Auswerten öffnen</translation>
    </message>
    <message>
        <source>Choose a patient&apos;s limits file</source>
        <translation>Grenzwert-Datei eines Patienten wählen</translation>
    </message>
</context>
<context>
    <name>OverridesEditor</name>
    <message>
        <source>Default {default}{suffix}; allowed {lo} to {hi}{suffix}. {meaning}.</source>
        <translation>Standard {default}{suffix}; erlaubt {lo} bis {hi}{suffix}. {meaning}.</translation>
    </message>
    <message>
        <source>Other limits from the programme file (kept): </source>
        <translation>Weitere Grenzwerte aus der Programmdatei (beibehalten): </translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>How much does it hurt?</source>
        <translation>Wie stark sind die Schmerzen?</translation>
    </message>
    <message>
        <source>The set is stopped. How much does it hurt right now?</source>
        <translation>Der Satz ist gestoppt. Wie stark sind die Schmerzen gerade?</translation>
    </message>
    <message>
        <source>Pain {value} of 10</source>
        <translation>Schmerz {value} von 10</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = keine Schmerzen</translation>
    </message>
    <message>
        <source>10 = worst pain imaginable</source>
        <translation>10 = stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>Rest in a comfortable position. If the pain is severe, spreads down a leg, or does not settle, contact your physiotherapist or doctor before exercising again.</source>
        <translation>Ruhen Sie sich in einer bequemen Position aus. Wenn die Schmerzen stark sind, ins Bein ausstrahlen oder nicht nachlassen, wenden Sie sich vor dem nächsten Training an Ihre Physiotherapie oder Ihre Ärztin bzw. Ihren Arzt.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 = no pain</source>
        <translation>0 = keine Schmerzen</translation>
    </message>
    <message>
        <source>10 = worst pain imaginable</source>
        <translation>10 = stärkste vorstellbare Schmerzen</translation>
    </message>
</context>
<context>
    <name>PainStopControl</name>
    <message>
        <source>Set stopped — rest in a comfortable position</source>
        <translation>Satz gestoppt — ruhen Sie sich in einer bequemen Position aus</translation>
    </message>
</context>
<context>
    <name>PatientBar</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Add patient…</source>
        <translation>Patient hinzufügen…</translation>
    </message>
    <message>
        <source>Add patient</source>
        <translation>Patient hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new patient:</source>
        <translation>Name des neuen Patienten:</translation>
    </message>
    <message>
        <source>The new patient needs a name.</source>
        <translation>Der neue Patient braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a patient called “{name}”. Choose a different name.</source>
        <translation>Es gibt bereits einen Patienten namens „{name}“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The patient was not added: {exc}</source>
        <translation>Der Patient wurde nicht hinzugefügt: {exc}</translation>
    </message>
</context>
<context>
    <name>PlayerCanvas</name>
    <message>
        <source>Open a video or a pose track to review it</source>
        <translation>Öffnen Sie ein Video oder eine Skelettaufzeichnung zum Auswerten</translation>
    </message>
    <message>
        <source>Skeleton replay (pose track — no video kept)</source>
        <translation>Skelett-Wiedergabe (Skelettaufzeichnung — kein Video gespeichert)</translation>
    </message>
</context>
<context>
    <name>PrescriptionForm</name>
    <message>
        <source>Alternate</source>
        <translation>Abwechselnd</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <source>This exercise</source>
        <translation>Diese Übung</translation>
    </message>
    <message>
        <source>for the patient, e.g. slow and steady</source>
        <translation>für den Patienten, z. B. langsam und gleichmäßig</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reps per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Hold per set</source>
        <translation>Haltezeit pro Satz</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Per-patient limits</source>
        <translation>Grenzwerte pro Patient</translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation>Wiederholungen pro Seite</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Open:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation>Programm öffnen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, in Reihenfolge</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Datei exportieren…</translation>
    </message>
    <message>
        <source>Save programme</source>
        <translation>Programm speichern</translation>
    </message>
    <message>
        <source>Unsaved changes — press Save programme, or choose again to discard them.</source>
        <translation>Ungespeicherte Änderungen — wählen Sie „Programm speichern“ oder wählen Sie erneut, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Not saved yet — press Save programme.</source>
        <translation>Noch nicht gespeichert — wählen Sie „Programm speichern“.</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source> · own limits</source>
        <translation> · eigene Grenzwerte</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>Nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Could not import the file: {exc}</source>
        <translation>Die Datei konnte nicht importiert werden: {exc}</translation>
    </message>
    <message>
        <source>Imported “{name}” — check it, then press Save programme.</source>
        <translation>„{name}“ importiert — prüfen Sie es und wählen Sie dann „Programm speichern“.</translation>
    </message>
    <message>
        <source>Could not export: {exc}</source>
        <translation>Export nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Changed — press Save programme to keep it.</source>
        <translation>Geändert — wählen Sie „Programm speichern“, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>ProgrammeWindow</name>
    <message>
        <source>Coach — programmes &amp; history</source>
        <translation>Coach — Programme &amp; Verlauf</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>switching patient</source>
        <translation>Patientenwechsel</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecognisedSet</name>
    <message>
        <source>Get into position — Coach will recognise the exercise</source>
        <translation>Gehen Sie in Position — Coach erkennt die Übung</translation>
    </message>
    <message>
        <source>{exercise} — counting</source>
        <translation>{exercise} — es wird gezählt</translation>
    </message>
    <message>
        <source>This looks like a {seen}; today&apos;s set is {prescribed}</source>
        <translation>Das sieht nach dieser Übung aus: {seen}. Heute ist dran: {prescribed}</translation>
    </message>
</context>
<context>
    <name>RestPage</name>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <source>How is your pain now? (optional)</source>
        <translation>Wie stark sind Ihre Schmerzen jetzt? (optional)</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Trotzdem fortfahren</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Start now  (Space)</source>
        <translation>Jetzt starten  (Leertaste)</translation>
    </message>
    <message>
        <source>Pain {rating}/10 noted.</source>
        <translation>Schmerz {rating}/10 notiert.</translation>
    </message>
    <message>
        <source> The rest is on hold.</source>
        <translation> Die Pause ist angehalten.</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <source>No reps were counted.</source>
        <translation>Es wurden keine Wiederholungen gezählt.</translation>
    </message>
    <message>
        <source>No faults were found.</source>
        <translation>Es wurden keine Fehler gefunden.</translation>
    </message>
    <message>
        <source>No set-up problems: the person was clearly in view.</source>
        <translation>Keine Aufbau-Probleme: Die Person war gut zu sehen.</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Hold periods ({count})</source>
        <translation>Haltephasen ({count})</translation>
    </message>
    <message>
        <source>Reps ({count})</source>
        <translation>Wiederholungen ({count})</translation>
    </message>
    <message>
        <source>Faults ({count})</source>
        <translation>Fehler ({count})</translation>
    </message>
    <message>
        <source>Set-up ({count})</source>
        <translation>Aufbau ({count})</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>You have an unfinished session</source>
        <translation>Sie haben eine nicht beendete Einheit</translation>
    </message>
    <message>
        <source>Everything you did is saved. Resume to carry on with the next set, or close it to start a new session (what was recorded is kept).</source>
        <translation>Alles, was Sie gemacht haben, ist gespeichert. Setzen Sie fort, um mit dem nächsten Satz weiterzumachen, oder schließen Sie die Einheit, um eine neue zu beginnen (das Aufgezeichnete bleibt erhalten).</translation>
    </message>
    <message>
        <source>Close it and start again</source>
        <translation>Schließen und neu beginnen</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Einheit fortsetzen</translation>
    </message>
    <message>
        <source>Started {when}. {detail}</source>
        <translation>Begonnen {when}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Coach — review a recording</source>
        <translation>Coach — Aufnahme auswerten</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>die Aufnahme</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>Choose the exercise (and a patient&apos;s limits file if they have one), then open a video or a pose track.</source>
        <translation>Wählen Sie die Übung (und ggf. die Grenzwert-Datei des Patienten) und öffnen Sie dann ein Video oder eine Skelettaufzeichnung.</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, or cancel it.</source>
        <translation>Warten Sie, bis die laufende Aufgabe fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Unknown exercise: {exercise}</source>
        <translation>Unbekannte Übung: {exercise}</translation>
    </message>
    <message>
        <source>That limits file cannot be used: {exc}</source>
        <translation>Diese Grenzwert-Datei kann nicht verwendet werden: {exc}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Coach — review</source>
        <translation>Coach — Auswertung</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Analysed {name}: sets found: {count}.</source>
        <translation>{name} ausgewertet: gefundene Sätze: {count}.</translation>
    </message>
    <message>
        <source>Analysed {name}: {headline}.</source>
        <translation>{name} ausgewertet: {headline}.</translation>
    </message>
    <message>
        <source>Could not analyse {name}: {message}</source>
        <translation>{name} konnte nicht ausgewertet werden: {message}</translation>
    </message>
    <message>
        <source>Could not re-score: {message}</source>
        <translation>Neubewertung nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Could not export: {message}</source>
        <translation>Export nicht möglich: {message}</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Saved {what}: {path}</source>
        <translation>{what} gespeichert: {path}</translation>
    </message>
    <message>
        <source>Coach — review — {name}</source>
        <translation>Coach — Auswertung — {name}</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>A few safety questions</source>
        <translation>Ein paar Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>← All sessions</source>
        <translation>← Alle Einheiten</translation>
    </message>
    <message>
        <source>Correct count…</source>
        <translation>Zählung korrigieren…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Replay set…</source>
        <translation>Satz abspielen…</translation>
    </message>
    <message>
        <source>Open the set&apos;s pose track in the review window: skeleton replay, re-score</source>
        <translation>Die Skelettaufzeichnung des Satzes im Auswertungsfenster öffnen: Skelett-Wiedergabe, Neubewertung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Good form</source>
        <translation>Saubere Ausführung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Pose track</source>
        <translation>Skelettaufzeichnung</translation>
    </message>
    <message>
        <source>Reps of this set</source>
        <translation>Wiederholungen dieses Satzes</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Faults and set-up problems</source>
        <translation>Fehler und Aufbau-Probleme</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From (s)</source>
        <translation>Von (s)</translation>
    </message>
    <message>
        <source>To (s)</source>
        <translation>Bis (s)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source> · pain {before}→{after}</source>
        <translation> · Schmerz {before}→{after}</translation>
    </message>
    <message>
        <source>Session {id} · {started}{prog} · {status}{pain}</source>
        <translation>Einheit {id} · {started}{prog} · {status}{pain}</translation>
    </message>
    <message>
        <source>stopped — it hurt</source>
        <translation>gestoppt — Schmerzen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Notizen:
</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Reps of set {n}</source>
        <translation>Wiederholungen in Satz {n}</translation>
    </message>
    <message>
        <source> — none recorded</source>
        <translation> — keine aufgezeichnet</translation>
    </message>
    <message>
        <source>Faults and set-up problems, set {n}</source>
        <translation>Fehler und Aufbau-Probleme, Satz {n}</translation>
    </message>
    <message>
        <source> — none</source>
        <translation> — keine</translation>
    </message>
    <message>
        <source> (set-up)</source>
        <translation> (Aufbau)</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> von {who}</translation>
    </message>
    <message>
        <source>Count corrections (the original is kept):
</source>
        <translation>Korrekturen der Zählung (das Original bleibt erhalten):
</translation>
    </message>
    <message>
        <source>The correction was not saved: {exc}</source>
        <translation>Die Korrektur wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <source>The note was not saved: {exc}</source>
        <translation>Die Notiz wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <source>The report was not written: {exc}</source>
        <translation>Der Bericht wurde nicht geschrieben: {exc}</translation>
    </message>
    <message>
        <source>Set {number} · {title}</source>
        <translation>Satz {number} · {title}</translation>
    </message>
    <message>
        <source>Export the session report (PDF and CSV)</source>
        <translation>Bericht der Einheit exportieren (PDF und CSV)</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>SessionSummaryPage</name>
    <message>
        <source>Session finished — well done.</source>
        <translation>Einheit beendet — gut gemacht.</translation>
    </message>
    <message>
        <source>Session stopped because it hurt.</source>
        <translation>Einheit wegen Schmerzen gestoppt.</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>Ihr Programm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SetEnding</name>
    <message>
        <source>finished</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>source lost</source>
        <translation>Kamera verloren</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SetList</name>
    <message>
        <source>Sets found</source>
        <translation>Gefundene Sätze</translation>
    </message>
    <message>
        <source>The sets Coach found in the recording: choose one to see it</source>
        <translation>Die Sätze, die Coach in der Aufnahme gefunden hat: einen wählen, um ihn anzusehen</translation>
    </message>
    <message>
        <source>{start}–{end} · not one of your exercises</source>
        <translation>{start}–{end} · keine Ihrer Übungen</translation>
    </message>
    <message>
        <source>{index}  {exercise} {start}–{end} · {result}</source>
        <translation>{index}  {exercise} {start}–{end} · {result}</translation>
    </message>
    <message>
        <source>No set of your exercises was found in this recording.</source>
        <translation>In dieser Aufnahme wurde kein Satz Ihrer Übungen gefunden.</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Start any of your exercises: Coach recognises it once you are in position and have done the first rep (or held the plank for a moment), says which it is, and counts it with its own rules. That first rep counts.</source>
        <translation>Beginnen Sie mit einer Ihrer Übungen: Coach erkennt sie, sobald Sie in Position sind und die erste Wiederholung gemacht (oder den Unterarmstütz kurz gehalten) haben, sagt, welche es ist, und zählt sie mit ihren eigenen Regeln. Die erste Wiederholung zählt mit.</translation>
    </message>
    <message>
        <source>To your side, at floor level, about 2–3 m away, so that it sees your whole body from head to feet in every exercise.</source>
        <translation>Seitlich von Ihnen, auf Bodenhöhe, etwa 2–3 m entfernt, sodass er bei jeder Übung Ihren ganzen Körper von Kopf bis Fuß sieht.</translation>
    </message>
    <message>
        <source>1  Choose an exercise</source>
        <translation>1  Übung wählen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>2  Place the laptop</source>
        <translation>2  Laptop aufstellen</translation>
    </message>
    <message>
        <source>Good form</source>
        <translation>Saubere Ausführung</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera found — open a video</source>
        <translation>Keine Kamera gefunden — öffnen Sie ein Video</translation>
    </message>
    <message>
        <source>Plug in a webcam and restart Coach, or play a recorded video with the same live feedback.</source>
        <translation>Schließen Sie eine Webcam an und starten Sie Coach neu, oder spielen Sie ein aufgezeichnetes Video mit derselben Live-Rückmeldung ab.</translation>
    </message>
    <message>
        <source>Open video…  (V)</source>
        <translation>Video öffnen…  (V)</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Start  (Leertaste)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>  (built-in)</source>
        <translation>  (eingebaut)</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Video: {name}</translation>
    </message>
    <message>
        <source>seconds of good form</source>
        <translation>Sekunden saubere Ausführung</translation>
    </message>
    <message>
        <source>reps each side</source>
        <translation>Wiederholungen je Seite</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
</context>
<context>
    <name>ShareExportDialog</name>
    <message>
        <source>Share with my physio</source>
        <translation>Mit meiner Physiotherapie teilen</translation>
    </message>
    <message>
        <source>One file with your sessions — the skeleton and the numbers, never a video.
Send it by e-mail or on a USB stick.</source>
        <translation>Eine Datei mit Ihren Einheiten — Skelett und Zahlen, niemals ein Video.
Senden Sie sie per E-Mail oder auf einem USB-Stick.</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>Welche Einheiten</translation>
    </message>
    <message>
        <source>The sessions I have not shared yet</source>
        <translation>Die Einheiten, die ich noch nicht geteilt habe</translation>
    </message>
    <message>
        <source>Every session from</source>
        <translation>Alle Einheiten ab</translation>
    </message>
    <message>
        <source>First day to share</source>
        <translation>Erster Tag zum Teilen</translation>
    </message>
    <message>
        <source>Your name (for your physio):</source>
        <translation>Ihr Name (für Ihre Physiotherapie):</translation>
    </message>
    <message>
        <source>Your name (for your physio)</source>
        <translation>Ihr Name (für Ihre Physiotherapie)</translation>
    </message>
    <message>
        <source>e.g. Ann Example</source>
        <translation>z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Datei speichern…</translation>
    </message>
    <message>
        <source>The file could not be made:
{exc}</source>
        <translation>Die Datei konnte nicht erstellt werden:
{exc}</translation>
    </message>
    <message>
        <source>The file was not saved: {exc}</source>
        <translation>Die Datei wurde nicht gespeichert: {exc}</translation>
    </message>
    <message>
        <source>Saved {name} ({size}). Send it to your physio by e-mail or on a USB stick.</source>
        <translation>{name} gespeichert ({size}). Senden Sie die Datei per E-Mail oder auf einem USB-Stick an Ihre Physiotherapie.</translation>
    </message>
    <message>
        <source>Save the file for your physio</source>
        <translation>Datei für Ihre Physiotherapie speichern</translation>
    </message>
</context>
<context>
    <name>ShareImportDialog</name>
    <message>
        <source>Import a patient&apos;s sessions</source>
        <translation>Einheiten eines Patienten importieren</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Add to patient:</source>
        <translation>Zum Patienten hinzufügen:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>an unnamed patient</source>
        <translation>einem unbenannten Patienten</translation>
    </message>
    <message>
        <source>{file}: {count} sessions of {who}</source>
        <translation>{file}: {count} Einheiten von {who}</translation>
    </message>
    <message>
        <source>{first} to {last}, {sets} sets, {tracks} pose tracks (no video)</source>
        <translation>{first} bis {last}, {sets} Sätze, {tracks} Skelettaufzeichnungen (kein Video)</translation>
    </message>
    <message>
        <source>{here} of them already here</source>
        <translation>{here} davon bereits vorhanden</translation>
    </message>
    <message>
        <source>none of them here yet</source>
        <translation>noch keine davon vorhanden</translation>
    </message>
    <message>
        <source>Choose the patient, or type a new patient&apos;s name.</source>
        <translation>Wählen Sie den Patienten oder geben Sie den Namen eines neuen Patienten ein.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SkeletonPlayer</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>One frame back (Left arrow)</source>
        <translation>Ein Bild zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>One frame on (Right arrow)</source>
        <translation>Ein Bild vor (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position in der Aufnahme</translation>
    </message>
    <message>
        <source>Drag to move through the recording</source>
        <translation>Ziehen, um durch die Aufnahme zu gehen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Playback speed: slow motion shows the movement&apos;s quality</source>
        <translation>Wiedergabegeschwindigkeit: Zeitlupe zeigt die Qualität der Bewegung</translation>
    </message>
    <message>
        <source>Open a video or a pose track to review it</source>
        <translation>Öffnen Sie ein Video oder eine Skelettaufzeichnung zum Auswerten</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>Nobody seen in this frame</source>
        <translation>In diesem Bild ist niemand zu sehen</translation>
    </message>
    <message>
        <source>This frame could not be decoded</source>
        <translation>Dieses Bild konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>{count}. That&apos;s your target — well done</source>
        <translation>{count}. Ziel erreicht — gut gemacht</translation>
    </message>
    <message>
        <source>{seconds} seconds. Target reached — well done</source>
        <translation>{seconds} Sekunden. Ziel erreicht — gut gemacht</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>— fps</source>
        <translation>— Bilder/s</translation>
    </message>
    <message>
        <source>dropped 0</source>
        <translation>0 verworfen</translation>
    </message>
    <message>
        <source>inference — ms</source>
        <translation>Analyse — ms</translation>
    </message>
    <message>
        <source>dropped {value}</source>
        <translation>{value} verworfen</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} Bilder/s</translation>
    </message>
    <message>
        <source>dropped {dropped}</source>
        <translation>{dropped} verworfen</translation>
    </message>
    <message>
        <source>inference {inference_ms} ms</source>
        <translation>Analyse {inference_ms} ms</translation>
    </message>
</context>
<context>
    <name>StoppedPage</name>
    <message>
        <source>Stopped — rest in a comfortable position</source>
        <translation>Gestoppt — ruhen Sie sich bequem aus</translation>
    </message>
    <message>
        <source>If the pain is severe, spreads down a leg, or does not settle, contact your physiotherapist or doctor before exercising again.</source>
        <translation>Wenn die Schmerzen stark sind, ins Bein ausstrahlen oder nicht nachlassen, wenden Sie sich vor dem nächsten Training an Ihre Physiotherapie oder Ihre Ärztin bzw. Ihren Arzt.</translation>
    </message>
    <message>
        <source>Carry on with the next set</source>
        <translation>Mit dem nächsten Satz weitermachen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Pain {rating}/10 — recorded.</source>
        <translation>Schmerz {rating}/10 — notiert.</translation>
    </message>
    <message>
        <source>Pain rating skipped.</source>
        <translation>Schmerzbewertung übersprungen.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Ready for the next step?</source>
        <translation>Bereit für den nächsten Schritt?</translation>
    </message>
    <message>
        <source>Now: {describe}</source>
        <translation>Jetzt: {describe}</translation>
    </message>
    <message>
        <source>Suggested: {describe}</source>
        <translation>Vorschlag: {describe}</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Warum: {reason}.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Progress could not be checked: {exc}</source>
        <translation>Der Fortschritt konnte nicht geprüft werden: {exc}</translation>
    </message>
    <message>
        <source>{title}: not yet — {why}.</source>
        <translation>{title}: noch nicht — {why}.</translation>
    </message>
    <message>
        <source>The suggestion was not applied: {exc}</source>
        <translation>Der Vorschlag wurde nicht übernommen: {exc}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Choose exercise</source>
        <translation>Übung wählen</translation>
    </message>
    <message>
        <source>Another set  (Space)</source>
        <translation>Noch ein Satz  (Leertaste)</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercise recognised</source>
        <translation>Keine Übung erkannt</translation>
    </message>
    <message>
        <source>Nothing was counted.</source>
        <translation>Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <source>{title} — set finished</source>
        <translation>{title} — Satz beendet</translation>
    </message>
    <message>
        <source>Pain rating: {pain} / 10</source>
        <translation>Schmerzbewertung: {pain} / 10</translation>
    </message>
    <message>
        <source>Pain rating: skipped</source>
        <translation>Schmerzbewertung: übersprungen</translation>
    </message>
    <message>
        <source>good form</source>
        <translation>saubere Ausführung</translation>
    </message>
    <message>
        <source>Rep {index}{side}: {faults}</source>
        <translation>Wdh. {index}{side}: {faults}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Click a rep, a fault or a set-up marker to jump to it</source>
        <translation>Klicken Sie auf eine Wiederholung, einen Fehler oder eine Aufbau-Markierung, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Set {index}: {exercise} {start}–{end}</source>
        <translation>Satz {index}: {exercise} {start}–{end}</translation>
    </message>
    <message>
        <source>{start}–{end}: not one of your exercises</source>
        <translation>{start}–{end}: keine Ihrer Übungen</translation>
    </message>
    <message>
        <source>good form</source>
        <translation>saubere Ausführung</translation>
    </message>
    <message>
        <source>Rep {index}{side}: {start}–{end} · {faults}</source>
        <translation>Wdh. {index}{side}: {start}–{end} · {faults}</translation>
    </message>
    <message>
        <source>Holding the {exercise} {start}–{end} ({seconds} s)</source>
        <translation>{exercise} gehalten {start}–{end} ({seconds} s)</translation>
    </message>
    <message>
        <source>Set-up: {name} {start}–{end}</source>
        <translation>Aufbau: {name} {start}–{end}</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>no set of your exercises found</source>
        <translation>kein Satz Ihrer Übungen gefunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not one of your exercises</source>
        <translation>keine Ihrer Übungen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s programme</source>
        <translation>Programm für heute</translation>
    </message>
    <message>
        <source>Make or change the programme</source>
        <translation>Programm erstellen oder ändern</translation>
    </message>
    <message>
        <source>Start guided session</source>
        <translation>Angeleitete Einheit starten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No programme yet. Make one, or import the file your physiotherapist gave you.</source>
        <translation>Noch kein Programm. Erstellen Sie eines oder importieren Sie die Datei von Ihrer Physiotherapie.</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Warten auf die Kamera…</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>voice: {engine}</source>
        <translation>Stimme: {engine}</translation>
    </message>
    <message>
        <source>voice: off (chime only)</source>
        <translation>Stimme: aus (nur Signalton)</translation>
    </message>
    <message>
        <source>voice: off</source>
        <translation>Stimme: aus</translation>
    </message>
</context>
<context>
    <name>_QuestionRow</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <source>Not enough memory for this recording.</source>
        <translation>Nicht genug Arbeitsspeicher für diese Aufnahme.</translation>
    </message>
    <message>
        <source>Could not read or write a file: {error}</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Something went wrong: {kind}: {exc}</source>
        <translation>Etwas ist schiefgelaufen: {kind}: {exc}</translation>
    </message>
</context>
<context>
    <name>angles</name>
    <message>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Leg extension</source>
        <translation>Beinstreckung</translation>
    </message>
    <message>
        <source>Neck torso</source>
        <translation>Nacken–Rumpf</translation>
    </message>
    <message>
        <source>Hip extension</source>
        <translation>Hüftstreckung</translation>
    </message>
    <message>
        <source>Body line</source>
        <translation>Körperlinie</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Stop — it hurts  (H)</source>
        <translation>Stopp — tut weh
(H)</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>The programme has changes that are not saved. Save them before {what}?</source>
        <translation>Das Programm hat ungespeicherte Änderungen. Vor dem {what} speichern?</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Reach your arm out straight</source>
        <translation>Strecken Sie den Arm ganz nach vorn</translation>
    </message>
    <message>
        <source>Straighten the back leg — push through the heel</source>
        <translation>Strecken Sie das hintere Bein — schieben Sie die Ferse nach hinten</translation>
    </message>
    <message>
        <source>Keep your hips level — don&apos;t let them turn</source>
        <translation>Halten Sie das Becken gerade — nicht zur Seite kippen</translation>
    </message>
    <message>
        <source>Slow down — hold the reach for a moment</source>
        <translation>Langsamer — halten Sie die Streckung einen Moment</translation>
    </message>
    <message>
        <source>I can&apos;t see you — kneel in view of the camera</source>
        <translation>Ich sehe Sie nicht — knien Sie sich ins Bild der Kamera</translation>
    </message>
    <message>
        <source>Move back so your hands and feet are in view</source>
        <translation>Gehen Sie weiter zurück, damit Hände und Füße im Bild sind</translation>
    </message>
    <message>
        <source>I can&apos;t see you clearly — more light, or move the laptop</source>
        <translation>Ich sehe Sie nicht deutlich — mehr Licht, oder stellen Sie den Laptop anders auf</translation>
    </message>
    <message>
        <source>Turn side-on to the camera</source>
        <translation>Drehen Sie sich seitlich zur Kamera</translation>
    </message>
    <message>
        <source>Someone else is in view — I&apos;ll keep following the person exercising</source>
        <translation>Noch jemand ist im Bild — ich folge weiter der Person, die übt</translation>
    </message>
    <message>
        <source>This does not look like a bird-dog — get onto your hands and knees, hands under your shoulders</source>
        <translation>Das sieht nicht nach Bird-Dog aus — gehen Sie in den Vierfüßlerstand, Hände unter den Schultern</translation>
    </message>
    <message>
        <source>I can see you moving but can&apos;t count the reaches — reach your arm and leg out level with your back, or put the laptop at your side</source>
        <translation>Ich sehe Sie in Bewegung, kann die Streckungen aber nicht zählen — strecken Sie Arm und Bein auf Rückenhöhe aus, oder stellen Sie den Laptop seitlich neben sich</translation>
    </message>
    <message>
        <source>You seem to be lying on your back — the bird-dog starts on your hands and knees</source>
        <translation>Sie scheinen auf dem Rücken zu liegen — Bird-Dog beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>You seem to be lying on your side — the bird-dog starts on your hands and knees</source>
        <translation>Sie scheinen auf der Seite zu liegen — Bird-Dog beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>You seem to be sitting or standing — the bird-dog starts on your hands and knees</source>
        <translation>Sie scheinen zu sitzen oder zu stehen — Bird-Dog beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Move further — round the back fully, then let the belly drop</source>
        <translation>Bewegen Sie sich weiter — den Rücken ganz rund machen, dann den Bauch sinken lassen</translation>
    </message>
    <message>
        <source>Slow down — breathe in for cow, out for cat</source>
        <translation>Langsamer — einatmen zur Kuh, ausatmen zur Katze</translation>
    </message>
    <message>
        <source>Move back so your head, hands and knees are in view</source>
        <translation>Gehen Sie weiter zurück, damit Kopf, Hände und Knie im Bild sind</translation>
    </message>
    <message>
        <source>This does not look like cat-cow — get onto your hands and knees, hands under your shoulders</source>
        <translation>Das sieht nicht nach Katze-Kuh aus — gehen Sie in den Vierfüßlerstand, Hände unter den Schultern</translation>
    </message>
    <message>
        <source>I can see you moving but can&apos;t count cat-cow — round and arch your back further, keeping your head in view</source>
        <translation>Ich sehe Sie in Bewegung, kann Katze-Kuh aber nicht zählen — machen Sie den Rücken stärker rund und hohl, der Kopf bleibt im Bild</translation>
    </message>
    <message>
        <source>You seem to be lying on your back — cat-cow starts on your hands and knees</source>
        <translation>Sie scheinen auf dem Rücken zu liegen — Katze-Kuh beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>You seem to be lying on your side — cat-cow starts on your hands and knees</source>
        <translation>Sie scheinen auf der Seite zu liegen — Katze-Kuh beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>You seem to be sitting or standing — cat-cow starts on your hands and knees</source>
        <translation>Sie scheinen zu sitzen oder zu stehen — Katze-Kuh beginnt im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Lift your hips higher — shoulders, hips and knees in one line</source>
        <translation>Heben Sie das Becken höher — Schultern, Hüfte und Knie in einer Linie</translation>
    </message>
    <message>
        <source>Pause at the top for a second</source>
        <translation>Oben eine Sekunde halten</translation>
    </message>
    <message>
        <source>Slow down — lift and lower with control</source>
        <translation>Langsamer — kontrolliert heben und senken</translation>
    </message>
    <message>
        <source>I can&apos;t see you — lie down in view of the camera</source>
        <translation>Ich sehe Sie nicht — legen Sie sich ins Bild der Kamera</translation>
    </message>
    <message>
        <source>Move back so your head and feet are both in view</source>
        <translation>Gehen Sie weiter zurück, damit Kopf und Füße im Bild sind</translation>
    </message>
    <message>
        <source>Lie side-on to the camera</source>
        <translation>Legen Sie sich seitlich zur Kamera</translation>
    </message>
    <message>
        <source>This does not look like a glute bridge — lie on your back, knees bent and feet flat on the floor</source>
        <translation>Das sieht nicht nach Beckenheben aus — legen Sie sich auf den Rücken, Knie gebeugt, Füße flach auf dem Boden</translation>
    </message>
    <message>
        <source>I can see you moving but can&apos;t count the bridges — lift your hips higher, or put the laptop at your side</source>
        <translation>Ich sehe Sie in Bewegung, kann das Beckenheben aber nicht zählen — heben Sie das Becken höher, oder stellen Sie den Laptop seitlich neben sich</translation>
    </message>
    <message>
        <source>You seem to be facing the floor — the bridge starts lying on your back, knees bent, feet flat</source>
        <translation>Sie scheinen mit dem Gesicht zum Boden zu sein — das Beckenheben beginnt in Rückenlage, Knie gebeugt, Füße flach</translation>
    </message>
    <message>
        <source>You seem to be lying on your side — the bridge starts lying on your back, knees bent, feet flat</source>
        <translation>Sie scheinen auf der Seite zu liegen — das Beckenheben beginnt in Rückenlage, Knie gebeugt, Füße flach</translation>
    </message>
    <message>
        <source>Lift your hips — keep a straight line from shoulders to ankles</source>
        <translation>Heben Sie das Becken — eine gerade Linie von den Schultern bis zu den Knöcheln</translation>
    </message>
    <message>
        <source>Lower your hips into a straight line</source>
        <translation>Senken Sie das Becken in eine gerade Linie</translation>
    </message>
    <message>
        <source>I can&apos;t see you — step into view</source>
        <translation>Ich sehe Sie nicht — kommen Sie ins Bild</translation>
    </message>
    <message>
        <source>Move back so your whole body, feet included, is in view</source>
        <translation>Gehen Sie weiter zurück, damit Ihr ganzer Körper mit den Füßen im Bild ist</translation>
    </message>
    <message>
        <source>I can time your plank from here, but to check your hips put the laptop at your side</source>
        <translation>Von hier kann ich Ihren Unterarmstütz stoppen; um das Becken zu prüfen, stellen Sie den Laptop seitlich neben sich</translation>
    </message>
    <message>
        <source>This does not look like a plank yet — forearms or hands under your shoulders, legs straight behind you</source>
        <translation>Das sieht noch nicht nach Unterarmstütz aus — Unterarme oder Hände unter den Schultern, Beine gestreckt nach hinten</translation>
    </message>
    <message>
        <source>I can see you but not time a plank — check that your whole body is side-on to the camera</source>
        <translation>Ich sehe Sie, kann den Unterarmstütz aber nicht stoppen — prüfen Sie, ob Ihr ganzer Körper seitlich zur Kamera ist</translation>
    </message>
    <message>
        <source>You seem to be lying on your back — turn over: the plank is on your forearms and toes, facing the floor</source>
        <translation>Sie scheinen auf dem Rücken zu liegen — drehen Sie sich um: der Unterarmstütz ist auf Unterarmen und Zehen, Blick zum Boden</translation>
    </message>
    <message>
        <source>You seem to be lying on your side — the plank is on your forearms and toes, facing the floor</source>
        <translation>Sie scheinen auf der Seite zu liegen — der Unterarmstütz ist auf Unterarmen und Zehen, Blick zum Boden</translation>
    </message>
    <message>
        <source>You seem to be sitting or standing — the plank is on your forearms and toes, facing the floor</source>
        <translation>Sie scheinen zu sitzen oder zu stehen — der Unterarmstütz ist auf Unterarmen und Zehen, Blick zum Boden</translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <source>The session data could not be opened: {exc}</source>
        <translation>Die Trainingsdaten konnten nicht geöffnet werden: {exc}</translation>
    </message>
    <message>
        <source>Import a patient&apos;s sessions</source>
        <translation>Einheiten eines Patienten importieren</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>programme &apos;{name}&apos;</source>
        <translation>Programm „{name}“</translation>
    </message>
    <message>
        <source>expected a programme file but {path} is a folder</source>
        <translation>Programmdatei erwartet, aber {path} ist ein Ordner</translation>
    </message>
    <message>
        <source>programme file not found: {path}</source>
        <translation>Programmdatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>cannot read programme file {path}: {why}</source>
        <translation>Programmdatei {path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{where}: too large for a programme file ({size} bytes)</source>
        <translation>{where}: zu groß für eine Programmdatei ({size} Bytes)</translation>
    </message>
    <message>
        <source>{where}: not a text file (expected UTF-8 TOML or JSON)</source>
        <translation>{where}: keine Textdatei (erwartet wird TOML oder JSON in UTF-8)</translation>
    </message>
    <message>
        <source>{where}: not valid {kind} ({why})</source>
        <translation>{where}: kein gültiges {kind} ({why})</translation>
    </message>
    <message>
        <source>{where}: unknown key {key} (known here: {known})</source>
        <translation>{where}: unbekannter Schlüssel {key} (hier bekannt: {known})</translation>
    </message>
    <message>
        <source>{where}: expected a table of keys at the top, got {got}</source>
        <translation>{where}: oben wird eine Tabelle von Schlüsseln erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;format&apos; must be {format} (is this a Coach programme file?), got {got}</source>
        <translation>{where}: Schlüssel &apos;format&apos; muss {format} sein (ist das eine Coach-Programmdatei?), gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: expected one or more [[prescription]] tables, got {got}</source>
        <translation>{where}: eine oder mehrere [[prescription]]-Tabellen erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: expected a table, got {got}</source>
        <translation>{where}: Tabelle erwartet, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;exercise&apos; must be text, got {got}</source>
        <translation>{where}: Schlüssel &apos;exercise&apos; muss Text sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Coach&apos;s assets folder is missing (looked beside {folder})</source>
        <translation>Der Ordner „assets“ von Coach fehlt (gesucht neben {folder})</translation>
    </message>
    <message>
        <source>{path}: too large for a rule file (over {most} bytes)</source>
        <translation>{path}: zu groß für eine Regeldatei (über {most} Bytes)</translation>
    </message>
    <message>
        <source>rule file not found: {path}</source>
        <translation>Regeldatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>cannot read rule file {path}: {why}</source>
        <translation>die Regeldatei {path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{path}: not valid TOML ({why})</source>
        <translation>{path}: kein gültiges TOML ({why})</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{path}: name the exercise its rules are for ([plank.form], [bird_dog.range], ...): Coach recognises the exercise here, so a file of one exercise&apos;s sections applies to none</source>
        <translation>{path}: nennen Sie die Übung, für die die Regeln gelten ([plank.form], [bird_dog.range], …): Coach erkennt hier die Übung selbst, daher gilt eine Datei mit Abschnitten ohne Übungsnamen für keine</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; cannot be changed by an override (it is {value} for this exercise)</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; kann nicht durch eine Anpassung geändert werden (er ist {value} für diese Übung)</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be non-empty text (a cue or name that is shown or spoken)</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss ein nicht leerer Text sein (ein Hinweis oder Name, der angezeigt oder gesprochen wird)</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be a finite number, got {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss eine endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; is not one of {exercise}&apos;s rules</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; ist keine Regel der Übung {exercise}</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be {want}, got {kind} {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss {want} sein, erhalten: {kind} {value}</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be a whole number of reps, got {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss eine ganze Zahl von Wiederholungen sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; = {value} is out of range; expected {range} ({meaning})</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; = {value} liegt außerhalb des Bereichs; erwartet: {range} ({meaning})</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; = {value} is out of range; expected {range}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; = {value} liegt außerhalb des Bereichs; erwartet: {range}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{path}: unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;? known here: {known})</source>
        <translation>{path}: unbekannter Schlüssel &apos;{key}&apos; (meinten Sie &apos;{close}&apos;? hier bekannt: {known})</translation>
    </message>
    <message>
        <source>{path}: unknown key &apos;{key}&apos; (known here: {known})</source>
        <translation>{path}: unbekannter Schlüssel &apos;{key}&apos; (hier bekannt: {known})</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; is missing (expected in the [{table}] table)</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; fehlt (erwartet in der Tabelle [{table}])</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be a number, got {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{exercise}: key &apos;{key}&apos; has no declared range in the exercise&apos;s spec</source>
        <translation>{exercise}: Für den Schlüssel &apos;{key}&apos; ist in der Beschreibung der Übung kein Bereich festgelegt</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss ein nicht leerer Text sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{path}: key &apos;{key}&apos; must be true or false, got {value}</source>
        <translation>{path}: Der Schlüssel &apos;{key}&apos; muss true oder false sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{path}: &apos;{low_key}&apos; ({low}) must be below &apos;{high_key}&apos; ({high}) — they form a hysteresis band</source>
        <translation>{path}: &apos;{low_key}&apos; ({low}) muss kleiner sein als &apos;{high_key}&apos; ({high}) — beide bilden ein Hystereseband</translation>
    </message>
    <message>
        <source>no rule file for exercise &apos;{exercise}&apos; ({path})</source>
        <translation>keine Regeldatei für die Übung &apos;{exercise}&apos; ({path})</translation>
    </message>
    <message>
        <source>{path}: exercise.mode is &apos;{found}&apos;, but {exercise} is counted as &apos;{mode}&apos;</source>
        <translation>{path}: exercise.mode ist &apos;{found}&apos;, aber {exercise} wird als &apos;{mode}&apos; gezählt</translation>
    </message>
    <message>
        <source>expected a rule file but {path} is a folder</source>
        <translation>eine Regeldatei erwartet, aber {path} ist ein Ordner</translation>
    </message>
    <message>
        <source>{path}: the rule file is empty; it changes nothing</source>
        <translation>{path}: Die Regeldatei ist leer; sie ändert nichts</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; is not an exercise (known: {known}); did you mean &apos;{close}&apos;?</source>
        <translation>{path}: &apos;{key}&apos; ist keine Übung (bekannt: {known}); meinten Sie &apos;{close}&apos;?</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; is not an exercise (known: {known})</source>
        <translation>{path}: &apos;{key}&apos; ist keine Übung (bekannt: {known})</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; must be a table of that exercise&apos;s rules</source>
        <translation>{path}: &apos;{key}&apos; muss eine Tabelle mit den Regeln dieser Übung sein</translation>
    </message>
    <message>
        <source>{path}: changes nothing for {exercise} (it has rules for {named} only)</source>
        <translation>{path}: ändert nichts für {exercise} (die Datei hat nur Regeln für {named})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>{path}: &apos;{key}&apos; is not an exercise or a section of {exercise}; did you mean &apos;{guess}&apos;?</source>
        <translation>{path}: &apos;{key}&apos; ist weder eine Übung noch ein Abschnitt von {exercise}; meinten Sie &apos;{guess}&apos;?</translation>
    </message>
    <message>
        <source>{path}: {where} sets no values; it changes nothing for {exercise}</source>
        <translation>{path}: {where} setzt keine Werte; sie ändert nichts für {exercise}</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>Programmzeile</translation>
    </message>
    <message>
        <source>{where}: prescription {number} ({exercise})</source>
        <translation>{where}: Programmzeile {number} ({exercise})</translation>
    </message>
    <message>
        <source>{where}: prescription {number}</source>
        <translation>{where}: Programmzeile {number}</translation>
    </message>
    <message>
        <source>{where}: key &apos;name&apos; must be non-empty text, got {got}</source>
        <translation>{where}: Schlüssel &apos;name&apos; muss ein nicht leerer Text sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;notes&apos; must be text, got {got}</source>
        <translation>{where}: Schlüssel &apos;notes&apos; muss Text sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: a programme needs at least one prescription</source>
        <translation>{where}: ein Programm braucht mindestens eine Programmzeile</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; must be a whole number from {lo} to {hi}, got {got}</source>
        <translation>{where}: Schlüssel &apos;{key}&apos; muss eine ganze Zahl von {lo} bis {hi} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; must be a number from {lo} to {hi}, got {got}</source>
        <translation>{where}: Schlüssel &apos;{key}&apos; muss eine Zahl von {lo} bis {hi} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; = {got} is out of range; expected {lo} to {hi}</source>
        <translation>{where}: Schlüssel &apos;{key}&apos; = {got} liegt außerhalb des Bereichs; erwartet {lo} bis {hi}</translation>
    </message>
    <message>
        <source>{where}: key &apos;exercise&apos; must be one of {names}, got {got}</source>
        <translation>{where}: Schlüssel &apos;exercise&apos; muss einer von {names} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where} ({exercise})</source>
        <translation>{where} ({exercise})</translation>
    </message>
    <message>
        <source>{where}: {exercise} is a hold — give &apos;hold_s&apos; (seconds), not &apos;reps&apos;</source>
        <translation>{where}: {exercise} ist eine Halteübung — geben Sie &apos;hold_s&apos; (Sekunden) an, nicht &apos;reps&apos;</translation>
    </message>
    <message>
        <source>{where}: {exercise} is counted in reps — give &apos;reps&apos;, not &apos;hold_s&apos;</source>
        <translation>{where}: {exercise} wird in Wiederholungen gezählt — geben Sie &apos;reps&apos; an, nicht &apos;hold_s&apos;</translation>
    </message>
    <message>
        <source>{where}: key &apos;side&apos; only applies to {names}</source>
        <translation>{where}: Schlüssel &apos;side&apos; gilt nur für {names}</translation>
    </message>
    <message>
        <source>{where}: key &apos;side&apos; must be one of {names}, got {got}</source>
        <translation>{where}: Schlüssel &apos;side&apos; muss einer von {names} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;note&apos; must be text, got {got}</source>
        <translation>{where}: Schlüssel &apos;note&apos; muss Text sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where} rules</source>
        <translation>{where}, Regeln</translation>
    </message>
    <message>
        <source>{where}: rule overrides must be a table, got {got}</source>
        <translation>{where}: eigene Grenzwerte müssen eine Tabelle sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; cannot be overridden</source>
        <translation>{where}: Schlüssel &apos;{key}&apos; kann nicht angepasst werden</translation>
    </message>
    <message>
        <source>{where}: the {exercise} analyzer rejects these values ({why})</source>
        <translation>{where}: die Auswertung von {exercise} lehnt diese Werte ab ({why})</translation>
    </message>
    <message>
        <source>{where}: key &apos;{key}&apos; must be a finite number, got {got}</source>
        <translation>{where}: Schlüssel &apos;{key}&apos; muss eine endliche Zahl sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>{exercise} prescription (line {line}, v{version}) overrides</source>
        <translation>eigene Grenzwerte der Programmzeile {exercise} (Zeile {line}, Version {version})</translation>
    </message>
    <message>
        <source>the patient&apos;s name for the share file is {n} characters; at most {most}</source>
        <translation>der Name des Patienten für die Freigabedatei hat {n} Zeichen; höchstens {most}</translation>
    </message>
    <message>
        <source>choosing the sessions to share</source>
        <translation>Auswählen der freizugebenden Einheiten</translation>
    </message>
    <message>
        <source>preparing sessions to share</source>
        <translation>Vorbereiten der Einheiten zum Teilen</translation>
    </message>
    <message>
        <source>the share file</source>
        <translation>Die Freigabedatei</translation>
    </message>
    <message>
        <source>marking the sessions as shared</source>
        <translation>Markieren der Einheiten als geteilt</translation>
    </message>
    <message>
        <source>preparing the share file</source>
        <translation>Vorbereiten der Freigabedatei</translation>
    </message>
    <message>
        <source>these sessions cannot be shared: the file would be refused ({why}); nothing was written or marked as shared</source>
        <translation>diese Einheiten können nicht freigegeben werden: Die Datei würde abgelehnt ({why}); nichts wurde geschrieben oder als freigegeben markiert</translation>
    </message>
    <message>
        <source>could not build the share file in the temporary folder: {why}</source>
        <translation>die Datei zum Teilen konnte im temporären Ordner nicht erstellt werden: {why}</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
    <message>
        <source>cannot tell the format of {path} from its name; it must end in {choices}</source>
        <translation>Das Format von {path} ist am Namen nicht zu erkennen; er muss auf {choices} enden</translation>
    </message>
    <message>
        <source>could not write {path}: folder {folder} does not exist</source>
        <translation>{path} konnte nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>could not write {what} {path}: it is a folder</source>
        <translation>{what} {path} konnte nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>could not write {path}: it is a folder</source>
        <translation>{path} konnte nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>could not write {what} {path}: {why}</source>
        <translation>{what} {path} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>could not write {path}: {why}</source>
        <translation>{path} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>could not write the report: folder {folder} does not exist</source>
        <translation>Der Bericht konnte nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>no videos or pose tracks in folder {path}</source>
        <translation>keine Videos oder Skelettaufzeichnungen im Ordner {path}</translation>
    </message>
    <message>
        <source>{flag} must be a folder when there are several inputs ({path} is a file)</source>
        <translation>{flag} muss bei mehreren Eingaben ein Ordner sein ({path} ist eine Datei)</translation>
    </message>
    <message>
        <source>could not reach the Dask scheduler at {address}: {why}</source>
        <translation>der Dask-Scheduler unter {address} ist nicht erreichbar: {why}</translation>
    </message>
    <message>
        <source>--scheduler is empty; give a Dask scheduler address like tcp://host:8786, or leave --scheduler out to run here</source>
        <translation>--scheduler ist leer; geben Sie eine Dask-Scheduler-Adresse wie tcp://host:8786 an, oder lassen Sie --scheduler weg, um hier zu rechnen</translation>
    </message>
    <message>
        <source>--scheduler {address} is not a Dask scheduler address like tcp://host:8786 ({why})</source>
        <translation>--scheduler {address} ist keine Dask-Scheduler-Adresse wie tcp://host:8786 ({why})</translation>
    </message>
    <message>
        <source>the server at {address} did not answer as a Dask scheduler within {seconds} s</source>
        <translation>der Server unter {address} hat nicht innerhalb von {seconds} s als Dask-Scheduler geantwortet</translation>
    </message>
    <message>
        <source>the server at {address} is not a Dask scheduler ({why})</source>
        <translation>der Server unter {address} ist kein Dask-Scheduler ({why})</translation>
    </message>
    <message>
        <source>expected a {schema} result, got {got}</source>
        <translation>ein {schema}-Ergebnis erwartet, erhalten: {got}</translation>
    </message>
    <message>
        <source>this result is &apos;{found}&apos;, not {schema}</source>
        <translation>dieses Ergebnis ist &apos;{found}&apos;, nicht {schema}</translation>
    </message>
    <message>
        <source>not a valid {schema} result ({why})</source>
        <translation>kein gültiges {schema}-Ergebnis ({why})</translation>
    </message>
    <message>
        <source>this input is already a pose track: --save-pose and --annotate need a video</source>
        <translation>diese Eingabe ist bereits eine Skelettaufzeichnung: --save-pose und --annotate brauchen ein Video</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write annotated video {path}: {why}</source>
        <translation>das kommentierte Video {path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>cannot write annotated video {path}</source>
        <translation>das kommentierte Video {path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>annotated video {path} could not be written (disk full?)</source>
        <translation>das kommentierte Video {path} konnte nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>annotated video</source>
        <translation>kommentiertes Video</translation>
    </message>
    <message>
        <source>unknown exercise &apos;{name}&apos; (choose from: {known})</source>
        <translation>unbekannte Übung &apos;{name}&apos; (zur Auswahl: {known})</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>{lo} bis {hi}</translation>
    </message>
    <message>
        <source>{lo} to {hi}°</source>
        <translation>{lo} bis {hi}°</translation>
    </message>
    <message>
        <source>{lo} to {hi} {unit}</source>
        <translation>{lo} bis {hi} {unit}</translation>
    </message>
    <message>
        <source>{flag} {path}: the name must end in {suffixes}</source>
        <translation>{flag} {path}: Der Name muss auf {suffixes} enden</translation>
    </message>
    <message>
        <source>{flag} {path} is a folder; give a file name</source>
        <translation>{flag} {path} ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>{flag} {path}: folder {folder} does not exist</source>
        <translation>{flag} {path}: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{flag} {path}: folder {folder} is not writable</source>
        <translation>{flag} {path}: Der Ordner {folder} ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>{output} is an input of this run; refusing to overwrite it (give the output another name)</source>
        <translation>{output} ist eine Eingabe dieses Laufs; sie wird nicht überschrieben (geben Sie der Ausgabe einen anderen Namen)</translation>
    </message>
    <message>
        <source>{first} and {second} are the same file; give each output its own name</source>
        <translation>{first} und {second} sind dieselbe Datei; geben Sie jeder Ausgabe einen eigenen Namen</translation>
    </message>
    <message>
        <source>pose track</source>
        <translation>Skelettaufzeichnung</translation>
    </message>
    <message>
        <source>pose track not found: {path}</source>
        <translation>Skelettaufzeichnung nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>expected a pose track file but {path} is a folder</source>
        <translation>eine Skelettaufzeichnung erwartet, aber {path} ist ein Ordner</translation>
    </message>
    <message>
        <source>{path} has schema {found}; this version of Coach reads {wanted}</source>
        <translation>{path} hat das Schema {found}; diese Version von Coach liest {wanted}</translation>
    </message>
    <message>
        <source>{path}: &apos;silhouette&apos; and &apos;silhouette_box&apos; come together; one is missing</source>
        <translation>{path}: &apos;silhouette&apos; und &apos;silhouette_box&apos; gehören zusammen; eines davon fehlt</translation>
    </message>
    <message>
        <source>{path}: &apos;silhouette&apos; must be uint8 {wanted}, got {got}</source>
        <translation>{path}: &apos;silhouette&apos; muss uint8 {wanted} sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;silhouette_box&apos; must be float {wanted}, got {got}</source>
        <translation>{path}: &apos;silhouette_box&apos; muss float {wanted} sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;others&apos; must be {n} counts of people (0 to {most}), got {got}</source>
        <translation>{path}: &apos;others&apos; muss {n} Personenzahlen enthalten (0 bis {most}), erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;t_s&apos; must have shape (N,), got {got}</source>
        <translation>{path}: &apos;t_s&apos; muss die Form (N,) haben, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;t_s&apos; must be floating point seconds, got {got}</source>
        <translation>{path}: &apos;t_s&apos; muss Sekunden als Gleitkommazahlen enthalten, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;t_s&apos; contains NaN or infinite times</source>
        <translation>{path}: &apos;t_s&apos; enthält NaN oder unendliche Zeiten</translation>
    </message>
    <message>
        <source>{path}: &apos;t_s&apos; must strictly increase</source>
        <translation>{path}: &apos;t_s&apos; muss streng ansteigen</translation>
    </message>
    <message>
        <source>{path}: &apos;t_s&apos; must be seconds from the start of the recording (0 to {most}), got {first} to {last}</source>
        <translation>{path}: &apos;t_s&apos; muss Sekunden ab Beginn der Aufnahme enthalten (0 bis {most}), erhalten: {first} bis {last}</translation>
    </message>
    <message>
        <source>{path}: {key} must have shape ({n}, 33, 4), got {got}</source>
        <translation>{path}: {key} muss die Form ({n}, 33, 4) haben, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: a pose track holds at most {most} frames, this one has {n}</source>
        <translation>{path}: Eine Skelettaufzeichnung hat höchstens {most} Bilder, diese hat {n}</translation>
    </message>
    <message>
        <source>floating point numbers</source>
        <translation>Gleitkommazahlen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>ganze Zahlen</translation>
    </message>
    <message>
        <source>bytes (uint8)</source>
        <translation>Bytes (uint8)</translation>
    </message>
    <message>
        <source>{path} is not a readable pose track: {why}</source>
        <translation>{path} ist keine lesbare Skelettaufzeichnung: {why}</translation>
    </message>
    <message>
        <source>cannot read the pose track {path}: {why}</source>
        <translation>die Skelettaufzeichnung {path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>it has {n} arrays (a pose track has at most {most})</source>
        <translation>sie hat {n} Arrays (eine Skelettaufzeichnung hat höchstens {most})</translation>
    </message>
    <message>
        <source>it holds {name}, which is not part of a pose track</source>
        <translation>sie enthält {name}, das nicht zu einer Skelettaufzeichnung gehört</translation>
    </message>
    <message>
        <source>it would unpack to {size} bytes from {packed}</source>
        <translation>sie würde aus {packed} Bytes auf {size} Bytes entpackt</translation>
    </message>
    <message>
        <source>key &apos;schema&apos; is missing</source>
        <translation>der Schlüssel &apos;schema&apos; fehlt</translation>
    </message>
    <message>
        <source>it is not complete: key {key} is missing</source>
        <translation>sie ist unvollständig: Der Schlüssel {key} fehlt</translation>
    </message>
    <message>
        <source>{key} must have shape {want} and hold {kind} (at most {most} frames), got {got}</source>
        <translation>{key} muss die Form {want} haben und {kind} enthalten (höchstens {most} Bilder), erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;silhouette_box&apos; rows must be finite with a positive side, all within {most} frame heights, or all NaN</source>
        <translation>{path}: Die Zeilen von &apos;silhouette_box&apos; müssen endlich sein, eine positive Seitenlänge haben und innerhalb von {most} Bildhöhen liegen, oder ganz NaN sein</translation>
    </message>
    <message>
        <source>{path}: &apos;frame_size&apos; must be two whole numbers of pixels (width, height) from 1 to {most}, at most {aspect} times wider than high or the reverse, got {got}</source>
        <translation>{path}: &apos;frame_size&apos; muss aus zwei ganzen Pixelzahlen (Breite, Höhe) von 1 bis {most} bestehen, höchstens {aspect}-mal so breit wie hoch oder umgekehrt, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;fps&apos; must be a number</source>
        <translation>{path}: &apos;fps&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{path}: &apos;fps&apos; must be a positive number, got {got}</source>
        <translation>{path}: &apos;fps&apos; muss eine positive Zahl sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>{path}: &apos;fps&apos; = {got} is out of range; expected {lo} to {hi} frames per second</source>
        <translation>{path}: &apos;fps&apos; = {got} liegt außerhalb des Bereichs; erwartet: {lo} bis {hi} Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} ist ein Ordner</translation>
    </message>
    <message>
        <source>{file} has no frames to review</source>
        <translation>{file} enthält keine Bilder zum Auswerten</translation>
    </message>
    <message>
        <source>no frames could be read from {file}</source>
        <translation>aus {file} konnten keine Bilder gelesen werden</translation>
    </message>
    <message>
        <source>an annotated video needs the original video; this recording is a pose track only</source>
        <translation>ein kommentiertes Video braucht das Originalvideo; diese Aufnahme ist nur eine Skelettaufzeichnung</translation>
    </message>
    <message>
        <source>an annotated video must end in .mp4: {file}</source>
        <translation>ein kommentiertes Video muss auf .mp4 enden: {file}</translation>
    </message>
    <message>
        <source>choose another name: that is the original video</source>
        <translation>wählen Sie einen anderen Namen: Das ist das Originalvideo</translation>
    </message>
    <message>
        <source>video not found: {path}</source>
        <translation>Video nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>expected a video file but {path} is a folder</source>
        <translation>eine Videodatei erwartet, aber {path} ist ein Ordner</translation>
    </message>
    <message>
        <source>video file is empty (0 bytes): {path}</source>
        <translation>die Videodatei ist leer (0 Bytes): {path}</translation>
    </message>
    <message>
        <source>cannot open {path} as a video (not a video file, an unsupported codec, or a truncated file)</source>
        <translation>{path} kann nicht als Video geöffnet werden (keine Videodatei, ein nicht unterstützter Codec oder eine abgeschnittene Datei)</translation>
    </message>
    <message>
        <source>no frames could be decoded from {path} (corrupt file or unsupported codec)</source>
        <translation>aus {path} konnten keine Bilder dekodiert werden (beschädigte Datei oder nicht unterstützter Codec)</translation>
    </message>
    <message>
        <source>camera {index} could not be opened — it may be in use by another program (close video calls) or not plugged in</source>
        <translation>Kamera {index} konnte nicht geöffnet werden — sie wird vielleicht von einem anderen Programm verwendet (Videoanrufe beenden) oder ist nicht angeschlossen</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>the Coach data file {path} is a folder; give a file name or the folder that holds it</source>
        <translation>die Coach-Datendatei {path} ist ein Ordner; geben Sie einen Dateinamen oder den Ordner an, der sie enthält</translation>
    </message>
    <message>
        <source>the Coach data file {path} does not exist</source>
        <translation>die Coach-Datendatei {path} existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the Coach data folder {path}: {why}</source>
        <translation>der Coach-Datenordner {path} kann nicht angelegt werden: {why}</translation>
    </message>
    <message>
        <source>cannot write the Coach data file {path}: it is read-only. Check its permissions or choose another data folder (COACH_DATA_DIR).</source>
        <translation>die Coach-Datendatei {path} kann nicht geschrieben werden: Sie ist schreibgeschützt. Prüfen Sie ihre Berechtigungen oder wählen Sie einen anderen Datenordner (COACH_DATA_DIR).</translation>
    </message>
    <message>
        <source>the Coach data file {path} is damaged ({why}); it was left untouched. Restore a backup or choose another data folder.</source>
        <translation>die Coach-Datendatei {path} ist beschädigt ({why}); sie wurde nicht verändert. Stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>the Coach data file {path} is from an older Coach (schema {version}); open it once for writing to upgrade it to schema {current}</source>
        <translation>die Coach-Datendatei {path} stammt von einem älteren Coach (Schema {version}); öffnen Sie sie einmal zum Schreiben, um sie auf Schema {current} zu aktualisieren</translation>
    </message>
    <message>
        <source>the Coach data file {path} was opened read-only; cannot save while {action}</source>
        <translation>die Coach-Datendatei {path} wurde schreibgeschützt geöffnet; beim {action} kann nichts gespeichert werden</translation>
    </message>
    <message>
        <source>the Coach data file {path} is in use by another program (another Coach window?) and stayed locked for {seconds} s while {action}; close the other program and try again. Nothing already saved was changed.</source>
        <translation>die Coach-Datendatei {path} wird von einem anderen Programm verwendet (ein anderes Coach-Fenster?) und blieb beim {action} {seconds} s lang gesperrt; schließen Sie das andere Programm und versuchen Sie es erneut. Bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot write the Coach data file {path} while {action}: the file or its folder is read-only. Check its permissions or choose another data folder (COACH_DATA_DIR).</source>
        <translation>die Coach-Datendatei {path} kann beim {action} nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Prüfen Sie die Berechtigungen oder wählen Sie einen anderen Datenordner (COACH_DATA_DIR).</translation>
    </message>
    <message>
        <source>the Coach data file {path} is not a Coach data file or is damaged ({why}); it was left untouched. Restore a backup or choose another data folder (COACH_DATA_DIR).</source>
        <translation>die Coach-Datendatei {path} ist keine Coach-Datendatei oder ist beschädigt ({why}); sie wurde nicht verändert. Stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner (COACH_DATA_DIR).</translation>
    </message>
    <message>
        <source>the disk holding the Coach data file {path} is full while {action}; free some space and try again. Nothing already saved was changed.</source>
        <translation>der Datenträger mit der Coach-Datendatei {path} ist beim {action} voll; schaffen Sie Platz und versuchen Sie es erneut. Bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the disk reported an error while {action} (the Coach data file {path}: {why}); check the drive or network share. Nothing already saved was changed.</source>
        <translation>der Datenträger meldete beim {action} einen Fehler (Coach-Datendatei {path}: {why}); prüfen Sie das Laufwerk oder die Netzwerkfreigabe. Bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot open the Coach data file {path}: {why}. Check that the folder exists and is writable.</source>
        <translation>die Coach-Datendatei {path} kann nicht geöffnet werden: {why}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>the Coach data file {path}: {why} while {action}</source>
        <translation>Coach-Datendatei {path}: {why} beim {action}</translation>
    </message>
    <message>
        <source>the Coach data file {path} holds a value Coach cannot use while {action} ({why}); it was left untouched</source>
        <translation>die Coach-Datendatei {path} enthält einen Wert, den Coach beim {action} nicht verwenden kann ({why}); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>saving the analysed recording</source>
        <translation>Speichern der ausgewerteten Aufnahme</translation>
    </message>
    <message>
        <source>creating the default patient</source>
        <translation>Anlegen des Standardpatienten</translation>
    </message>
    <message>
        <source>a patient needs a name</source>
        <translation>ein Patient braucht einen Namen</translation>
    </message>
    <message>
        <source>adding a patient</source>
        <translation>Hinzufügen eines Patienten</translation>
    </message>
    <message>
        <source>updating a patient</source>
        <translation>Ändern eines Patienten</translation>
    </message>
    <message>
        <source>no patient with id {id} in {path}</source>
        <translation>kein Patient mit der ID {id} in {path}</translation>
    </message>
    <message>
        <source>saving the safety questions</source>
        <translation>Speichern der Sicherheitsfragen</translation>
    </message>
    <message>
        <source>no prescription with id {id} in {path}</source>
        <translation>keine Übungsvorgabe mit der ID {id} in {path}</translation>
    </message>
    <message>
        <source>{where}: the stored rule overrides cannot be read ({why}); the patient&apos;s limits were not applied</source>
        <translation>{where}: Die gespeicherten Grenzwert-Anpassungen können nicht gelesen werden ({why}); die Grenzwerte des Patienten wurden nicht angewendet</translation>
    </message>
    <message>
        <source>saving a programme</source>
        <translation>Speichern eines Programms</translation>
    </message>
    <message>
        <source>no programme with id {id} in {path}</source>
        <translation>kein Programm mit der ID {id} in {path}</translation>
    </message>
    <message>
        <source>archiving a programme</source>
        <translation>Archivieren eines Programms</translation>
    </message>
    <message>
        <source>saving a prescription</source>
        <translation>Speichern einer Übungsvorgabe</translation>
    </message>
    <message>
        <source>this prescription was changed since it was shown (version {version} is no longer current); reload the programme and try again</source>
        <translation>diese Übungsvorgabe wurde geändert, seit sie angezeigt wurde (Version {version} ist nicht mehr aktuell); laden Sie das Programm neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no session with id {id} in {path}</source>
        <translation>keine Einheit mit der ID {id} in {path}</translation>
    </message>
    <message>
        <source>no set with id {id} in {path}</source>
        <translation>kein Satz mit der ID {id} in {path}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>starting a session</source>
        <translation>Beginnen einer Einheit</translation>
    </message>
    <message>
        <source>session {id} is already {status}; it cannot be resumed</source>
        <translation>die Einheit {id} ist bereits {status}; sie kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>session {id} is still being recorded in another Coach window; finish it there (or close that window) before resuming it here</source>
        <translation>die Einheit {id} wird noch in einem anderen Coach-Fenster aufgezeichnet; beenden Sie sie dort (oder schließen Sie das Fenster), bevor Sie sie hier fortsetzen</translation>
    </message>
    <message>
        <source>resuming the session</source>
        <translation>Fortsetzen der Einheit</translation>
    </message>
    <message>
        <source>no set is being recorded: call begin_set() first</source>
        <translation>es wird kein Satz aufgezeichnet: Rufen Sie zuerst begin_set() auf</translation>
    </message>
    <message>
        <source>finishing a set</source>
        <translation>Beenden eines Satzes</translation>
    </message>
    <message>
        <source>saving a pain rating</source>
        <translation>Speichern einer Schmerzbewertung</translation>
    </message>
    <message>
        <source>{path} was written by a newer Coach (schema {version}); this version reads up to {known}. Update Coach to open it — the file was left untouched.</source>
        <translation>{path} wurde von einem neueren Coach geschrieben (Schema {version}); diese Version liest bis Schema {known}. Aktualisieren Sie Coach, um die Datei zu öffnen — sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a Coach data file (it has tables {tables}); it was left untouched. Choose another data file.</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine Coach-Datendatei (sie hat die Tabellen {tables}); sie wurde nicht verändert. Wählen Sie eine andere Datendatei.</translation>
    </message>
    <message>
        <source>a pain rating is a whole number from 0 to 10, got {got}</source>
        <translation>eine Schmerzbewertung ist eine ganze Zahl von 0 bis 10, erhalten: {got}</translation>
    </message>
    <message>
        <source>unknown pain context {context} (one of {known})</source>
        <translation>unbekannter Schmerzzeitpunkt {context} (einer von {known})</translation>
    </message>
    <message>
        <source>starting a set</source>
        <translation>Beginnen eines Satzes</translation>
    </message>
    <message>
        <source>saving a rep</source>
        <translation>Speichern einer Wiederholung</translation>
    </message>
    <message>
        <source>saving the rep count</source>
        <translation>Speichern der Wiederholungszahl</translation>
    </message>
    <message>
        <source>saving the hold time</source>
        <translation>Speichern der Haltezeit</translation>
    </message>
    <message>
        <source>saving a form fault</source>
        <translation>Speichern eines Ausführungsfehlers</translation>
    </message>
    <message>
        <source>a finished session&apos;s status is one of {known}, got {got}</source>
        <translation>der Status einer beendeten Einheit ist einer von {known}, erhalten: {got}</translation>
    </message>
    <message>
        <source>finishing the session</source>
        <translation>Beenden der Einheit</translation>
    </message>
    <message>
        <source>a note cannot be empty</source>
        <translation>eine Notiz darf nicht leer sein</translation>
    </message>
    <message>
        <source>saving a note</source>
        <translation>Speichern einer Notiz</translation>
    </message>
    <message>
        <source>a corrected count is a whole number of 0 or more, got {got}</source>
        <translation>eine korrigierte Zählung ist eine ganze Zahl ab 0, erhalten: {got}</translation>
    </message>
    <message>
        <source>a count correction needs a reason (it is kept in the record)</source>
        <translation>eine Korrektur der Zählung braucht einen Grund (er wird mit gespeichert)</translation>
    </message>
    <message>
        <source>saving a count correction</source>
        <translation>Speichern einer Korrektur der Zählung</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {why}. Nothing was changed.</source>
        <translation>{file} kann nicht importiert werden: {why}. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it has {n} parts (at most {most})</source>
        <translation>sie hat {n} Teile (höchstens {most})</translation>
    </message>
    <message>
        <source>a part is in it twice (edited or not made by Coach)</source>
        <translation>ein Teil ist doppelt enthalten (bearbeitet oder nicht von Coach erstellt)</translation>
    </message>
    <message>
        <source>it holds {name}, which is not part of a Coach share file</source>
        <translation>sie enthält {name}, das nicht zu einer Coach-Freigabedatei gehört</translation>
    </message>
    <message>
        <source>it is damaged or not a zip archive ({why})</source>
        <translation>sie ist beschädigt oder kein ZIP-Archiv ({why})</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} ist verschlüsselt</translation>
    </message>
    <message>
        <source>{name} uses a compression Coach does not read</source>
        <translation>{name} verwendet eine Komprimierung, die Coach nicht liest</translation>
    </message>
    <message>
        <source>{name} is {size} bytes unpacked (at most {most})</source>
        <translation>{name} ist entpackt {size} Bytes groß (höchstens {most})</translation>
    </message>
    <message>
        <source>{name} is shorter than it says ({got} of {want} bytes)</source>
        <translation>{name} ist kürzer als angegeben ({got} von {want} Bytes)</translation>
    </message>
    <message>
        <source>{name} does not end where it says</source>
        <translation>{name} endet nicht dort, wo angegeben</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values, which no pose track has</source>
        <translation>{name} enthält Werte vom Typ {dtype}, die keine Skelettaufzeichnung hat</translation>
    </message>
    <message>
        <source>{name} says it holds {want} bytes but is {got} bytes long</source>
        <translation>{name} gibt {want} Bytes an, ist aber {got} Bytes lang</translation>
    </message>
    <message>
        <source>{name} is not a NumPy array</source>
        <translation>{name} ist kein NumPy-Array</translation>
    </message>
    <message>
        <source>{name} has an array header of {size} bytes</source>
        <translation>{name} hat einen Array-Kopf von {size} Bytes</translation>
    </message>
    <message>
        <source>it is not readable JSON ({why})</source>
        <translation>sie ist kein lesbares JSON ({why})</translation>
    </message>
    <message>
        <source>it holds a value Coach cannot read ({why})</source>
        <translation>sie enthält einen Wert, den Coach nicht lesen kann ({why})</translation>
    </message>
    <message>
        <source>it holds more than {most} values</source>
        <translation>sie enthält mehr als {most} Werte</translation>
    </message>
    <message>
        <source>it holds an integer beyond ±{most}</source>
        <translation>sie enthält eine ganze Zahl jenseits von ±{most}</translation>
    </message>
    <message>
        <source>it holds a text of {n} characters (at most {most})</source>
        <translation>sie enthält einen Text mit {n} Zeichen (höchstens {most})</translation>
    </message>
    <message>
        <source>it is nested more than {most} levels deep</source>
        <translation>sie ist mehr als {most} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{name} would unpack to {times} times its size</source>
        <translation>{name} würde entpackt {times}-mal so groß</translation>
    </message>
    <message>
        <source>it unpacks to {size} bytes (at most {most})</source>
        <translation>sie ist entpackt {size} Bytes groß (höchstens {most})</translation>
    </message>
    <message>
        <source>it has no manifest (not a Coach share file)</source>
        <translation>sie hat kein Manifest (keine Coach-Freigabedatei)</translation>
    </message>
    <message>
        <source>{name} is damaged ({why})</source>
        <translation>{name} ist beschädigt ({why})</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>it is not a Coach share file (its manifest is someone else&apos;s)</source>
        <translation>sie ist keine Coach-Freigabedatei (ihr Manifest stammt von einem anderen Programm)</translation>
    </message>
    <message>
        <source>its format version {version} is not valid</source>
        <translation>ihre Formatversion {version} ist ungültig</translation>
    </message>
    <message>
        <source>it was made by a newer Coach (share format {version}; this Coach reads up to {known}) — update Coach to import it</source>
        <translation>sie wurde von einem neueren Coach erstellt (Freigabeformat {version}; dieser Coach liest bis {known}) — aktualisieren Sie Coach, um sie zu importieren</translation>
    </message>
    <message>
        <source>its manifest has no valid list of parts</source>
        <translation>ihr Manifest hat keine gültige Liste der Teile</translation>
    </message>
    <message>
        <source>its manifest does not name the patient</source>
        <translation>ihr Manifest nennt den Patienten nicht</translation>
    </message>
    <message>
        <source>two sets name the same pose track</source>
        <translation>zwei Sätze nennen dieselbe Skelettaufzeichnung</translation>
    </message>
    <message>
        <source>its pose tracks do not match its sets ({name})</source>
        <translation>ihre Skelettaufzeichnungen passen nicht zu ihren Sätzen ({name})</translation>
    </message>
    <message>
        <source>{name} is not a valid pose track ({why})</source>
        <translation>{name} ist keine gültige Skelettaufzeichnung ({why})</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} ist keine Datei</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>it is {size} bytes (at most {most})</source>
        <translation>sie ist {size} Bytes groß (höchstens {most})</translation>
    </message>
    <message>
        <source>its parts do not match its manifest ({name}): it was edited or is incomplete</source>
        <translation>ihre Teile passen nicht zu ihrem Manifest ({name}): Sie wurde bearbeitet oder ist unvollständig</translation>
    </message>
    <message>
        <source>{name} does not match its checksum (the file was damaged or edited)</source>
        <translation>{name} passt nicht zu seiner Prüfsumme (die Datei wurde beschädigt oder bearbeitet)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete (not a whole archive), or not a Coach share file</source>
        <translation>sie ist beschädigt oder unvollständig (kein ganzes Archiv) oder keine Coach-Freigabedatei</translation>
    </message>
    <message>
        <source>cannot read {path}: {why}</source>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>it holds no sessions</source>
        <translation>sie enthält keine Einheiten</translation>
    </message>
    <message>
        <source>{file} does not name its patient; choose the patient to import into</source>
        <translation>{file} nennt keinen Patienten; wählen Sie den Patienten, zu dem importiert werden soll</translation>
    </message>
    <message>
        <source>importing shared sessions</source>
        <translation>Importieren freigegebener Einheiten</translation>
    </message>
    <message>
        <source>session {n}</source>
        <translation>Einheit {n}</translation>
    </message>
    <message>
        <source>{where}, set {n}</source>
        <translation>{where}, Satz {n}</translation>
    </message>
    <message>
        <source>{where}, rep {n}</source>
        <translation>{where}, Wiederholung {n}</translation>
    </message>
    <message>
        <source>{where}, fault {n}</source>
        <translation>{where}, Fehler {n}</translation>
    </message>
    <message>
        <source>{where}, correction {n}</source>
        <translation>{where}, Korrektur {n}</translation>
    </message>
    <message>
        <source>{where}, note {n}</source>
        <translation>{where}, Notiz {n}</translation>
    </message>
    <message>
        <source>{where}, pain rating {n}</source>
        <translation>{where}, Schmerzbewertung {n}</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} ist kein Objekt</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be {want}, got {got}</source>
        <translation>{where}: &apos;{key}&apos; muss {want} sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; is missing</source>
        <translation>{where}: &apos;{key}&apos; fehlt</translation>
    </message>
    <message>
        <source>text (up to {most} characters)</source>
        <translation>Text (bis zu {most} Zeichen)</translation>
    </message>
    <message>
        <source>a date and time with its UTC offset (ISO 8601)</source>
        <translation>ein Datum mit Uhrzeit und UTC-Versatz (ISO 8601)</translation>
    </message>
    <message>
        <source>{where}: &apos;{end}&apos; is before &apos;{start}&apos;</source>
        <translation>{where}: &apos;{end}&apos; liegt vor &apos;{start}&apos;</translation>
    </message>
    <message>
        <source>a whole number from {lo} to {hi}</source>
        <translation>eine ganze Zahl von {lo} bis {hi}</translation>
    </message>
    <message>
        <source>a number from {lo} to {hi}</source>
        <translation>eine Zahl von {lo} bis {hi}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list (up to {most} items)</source>
        <translation>eine Liste (bis zu {most} Einträge)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>counts by side</source>
        <translation>Zählungen je Seite</translation>
    </message>
    <message>
        <source>named measurements</source>
        <translation>benannte Messwerte</translation>
    </message>
    <message>
        <source>{where}: &apos;faults&apos; must be a list of fault names</source>
        <translation>{where}: &apos;faults&apos; muss eine Liste von Fehlernamen sein</translation>
    </message>
    <message>
        <source>{where}: &apos;category&apos; must be &apos;form&apos; or &apos;setup&apos;, got {got}</source>
        <translation>{where}: &apos;category&apos; muss &apos;form&apos; oder &apos;setup&apos; sein, erhalten: {got}</translation>
    </message>
    <message>
        <source>{where}: a count correction needs a reason</source>
        <translation>{where}: Eine Korrektur der Zählung braucht einen Grund</translation>
    </message>
    <message>
        <source>{where}: &apos;{exercise}&apos; is not an exercise this Coach knows; update Coach to import it</source>
        <translation>{where}: &apos;{exercise}&apos; ist keine Übung, die dieser Coach kennt; aktualisieren Sie Coach, um sie zu importieren</translation>
    </message>
    <message>
        <source>{where}: &apos;track&apos; must name a pose track in the file, got {got}</source>
        <translation>{where}: &apos;track&apos; muss eine Skelettaufzeichnung in der Datei nennen, erhalten: {got}</translation>
    </message>
    <message>
        <source>{where}: &apos;analysis&apos; must be this set&apos;s {schema} summary{why}</source>
        <translation>{where}: &apos;analysis&apos; muss die {schema}-Zusammenfassung dieses Satzes sein{why}</translation>
    </message>
    <message>
        <source>{where}: &apos;share_id&apos; must be 32 hexadecimal digits</source>
        <translation>{where}: &apos;share_id&apos; muss aus 32 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>{where}: unknown status {got}</source>
        <translation>{where}: unbekannter Status {got}</translation>
    </message>
    <message>
        <source>{where}: unknown context {got}</source>
        <translation>{where}: unbekannter Zeitpunkt {got}</translation>
    </message>
    <message>
        <source>sessions.json has schema {found}; this Coach reads {wanted}</source>
        <translation>sessions.json hat das Schema {found}; dieser Coach liest {wanted}</translation>
    </message>
    <message>
        <source>sessions.json lists the same session twice</source>
        <translation>sessions.json führt dieselbe Einheit zweimal auf</translation>
    </message>
    <message>
        <source>a pose track must end in .npz: {file}</source>
        <translation>eine Skelettaufzeichnung muss auf .npz enden: {file}</translation>
    </message>
    <message>
        <source>Coach&apos;s pose model is missing ({name}); reinstall Coach</source>
        <translation>Das Posenmodell von Coach fehlt ({name}); installieren Sie Coach neu</translation>
    </message>
    <message>
        <source>Coach&apos;s pose model {path} is damaged or not the one Coach was tested with; reinstall Coach</source>
        <translation>Das Posenmodell {path} von Coach ist beschädigt oder nicht das, mit dem Coach getestet wurde; installieren Sie Coach neu</translation>
    </message>
    <message>
        <source>listing the sessions</source>
        <translation>Auflisten der Einheiten</translation>
    </message>
    <message>
        <source>linking a pose track</source>
        <translation>Verknüpfen einer Skelettaufzeichnung</translation>
    </message>
    <message>
        <source>adopting pose track links</source>
        <translation>Übernehmen der Verknüpfungen von Skelettaufzeichnungen</translation>
    </message>
    <message>
        <source>this is not a {schema} result</source>
        <translation>das ist kein {schema}-Ergebnis</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>Bird-dog</source>
        <translation>Bird-Dog</translation>
    </message>
    <message>
        <source>On hands and knees, back flat. Reach one arm forward and the opposite leg back until both are level with your back; hold, return, switch sides.</source>
        <translation>Im Vierfüßlerstand, Rücken gerade. Strecken Sie einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide auf Rückenhöhe sind; halten, zurückkommen, Seite wechseln.</translation>
    </message>
    <message>
        <source>Put the laptop on the floor about 2 m away, side-on to you, so your hands and feet are both in view.</source>
        <translation>Stellen Sie den Laptop etwa 2 m entfernt seitlich von sich auf den Boden, sodass Hände und Füße im Bild sind.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>On hands and knees. Breathe in: drop the belly, lift chest and head (cow). Breathe out: round the back, tuck the head (cat). Move slowly.</source>
        <translation>Im Vierfüßlerstand. Einatmen: Bauch sinken lassen, Brust und Kopf heben (Kuh). Ausatmen: Rücken rund machen, Kopf einrollen (Katze). Langsam bewegen.</translation>
    </message>
    <message>
        <source>Put the laptop on the floor about 2 m away, side-on to you, so your head, hands and knees are in view.</source>
        <translation>Stellen Sie den Laptop etwa 2 m entfernt seitlich von sich auf den Boden, sodass Kopf, Hände und Knie im Bild sind.</translation>
    </message>
    <message>
        <source>Glute bridge</source>
        <translation>Beckenheben</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat. Squeeze your glutes and lift your hips until shoulders, hips and knees are in line; hold, then lower slowly.</source>
        <translation>Auf dem Rücken liegen, Knie gebeugt, Füße flach. Spannen Sie das Gesäß an und heben Sie das Becken, bis Schultern, Hüfte und Knie in einer Linie sind; halten, dann langsam absenken.</translation>
    </message>
    <message>
        <source>Put the laptop on the floor about 2 m away, side-on to you, so head and feet are both in view.</source>
        <translation>Stellen Sie den Laptop etwa 2 m entfernt seitlich von sich auf den Boden, sodass Kopf und Füße im Bild sind.</translation>
    </message>
    <message>
        <source>Plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>Forearms (or hands) under the shoulders, legs straight, body in one line from shoulders to ankles.</source>
        <translation>Unterarme (oder Hände) unter den Schultern, Beine gestreckt, der Körper in einer Linie von den Schultern bis zu den Knöcheln.</translation>
    </message>
    <message>
        <source>Put the laptop on the floor about 2.5 m away, side-on to you, so your head and feet are both in view.</source>
        <translation>Stellen Sie den Laptop etwa 2,5 m entfernt seitlich von sich auf den Boden, sodass Kopf und Füße im Bild sind.</translation>
    </message>
    <message>
        <source>Body line, shoulder–hip–ankle (°)</source>
        <translation>Körperlinie, Schulter–Hüfte–Knöchel (°)</translation>
    </message>
    <message>
        <source>Hip extension, shoulder–hip–knee (°)</source>
        <translation>Hüftstreckung, Schulter–Hüfte–Knie (°)</translation>
    </message>
    <message>
        <source>Knee angle of the raised leg (°)</source>
        <translation>Kniewinkel des gehobenen Beins (°)</translation>
    </message>
    <message>
        <source>Neck–torso angle (°)</source>
        <translation>Nacken–Rumpf-Winkel (°)</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>Annotated video…</source>
        <translation>Kommentiertes Video…</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>The video with the skeleton, count and cues drawn in (needs the original video)</source>
        <translation>Das Video mit eingezeichnetem Skelett, Zählung und Hinweisen (braucht das Originalvideo)</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>Bericht (HTML)…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>A self-contained report to file: summary, angle plot, rep table, faults</source>
        <translation>Ein eigenständiger Bericht als Datei: Zusammenfassung, Winkelverlauf, Wiederholungstabelle, Fehler</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Bericht (PDF)…</translation>
    </message>
    <message>
        <source>The same report as a PDF</source>
        <translation>Derselbe Bericht als PDF</translation>
    </message>
    <message>
        <source>One row per rep (or hold period) for a spreadsheet</source>
        <translation>Eine Zeile pro Wiederholung (oder Haltephase) für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>The full analysis (coach.analysis/1)</source>
        <translation>Die vollständige Auswertung (coach.analysis/1)</translation>
    </message>
    <message>
        <source>Pose track…</source>
        <translation>Skelettaufzeichnung…</translation>
    </message>
    <message>
        <source>Pose track (*.npz)</source>
        <translation>Skelettaufzeichnung (*.npz)</translation>
    </message>
    <message>
        <source>The skeleton only, no video: re-score or replay it later (coach.posetrack/1)</source>
        <translation>Nur das Skelett, kein Video: später neu bewerten oder abspielen (coach.posetrack/1)</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <source>Hips sagging</source>
        <translation>Hüfte hängt durch</translation>
    </message>
    <message>
        <source>Hips piked</source>
        <translation>Hüfte zu hoch</translation>
    </message>
    <message>
        <source>Incomplete hip extension</source>
        <translation>Hüfte nicht ganz gestreckt</translation>
    </message>
    <message>
        <source>No hold at the top</source>
        <translation>Oben nicht gehalten</translation>
    </message>
    <message>
        <source>Too fast</source>
        <translation>Zu schnell</translation>
    </message>
    <message>
        <source>Arm not extended</source>
        <translation>Arm nicht gestreckt</translation>
    </message>
    <message>
        <source>Leg not extended</source>
        <translation>Bein nicht gestreckt</translation>
    </message>
    <message>
        <source>Hips rotated</source>
        <translation>Becken verdreht</translation>
    </message>
    <message>
        <source>Small range of movement</source>
        <translation>Kleiner Bewegungsumfang</translation>
    </message>
    <message>
        <source>Nobody in view</source>
        <translation>Niemand im Bild</translation>
    </message>
    <message>
        <source>Body not fully in frame</source>
        <translation>Körper nicht ganz im Bild</translation>
    </message>
    <message>
        <source>Poor visibility</source>
        <translation>Schlecht zu sehen</translation>
    </message>
    <message>
        <source>Not side-on to the camera</source>
        <translation>Nicht seitlich zur Kamera</translation>
    </message>
    <message>
        <source>Someone else in view</source>
        <translation>Noch jemand im Bild</translation>
    </message>
    <message>
        <source>Not in the start position</source>
        <translation>Nicht in der Ausgangsposition</translation>
    </message>
    <message>
        <source>Moving, but no rep recognised</source>
        <translation>Bewegung, aber keine Wiederholung erkannt</translation>
    </message>
</context>
<context>
    <name>guided</name>
    <message>
        <source>Your pain is {rating}/10, up from {before}/10 when you started. We suggest stopping for today and recording it. Rest in a comfortable position; if the pain does not settle, contact your physiotherapist or doctor before exercising again.</source>
        <translation>Ihre Schmerzen: {rating}/10, zu Beginn {before}/10. Wir empfehlen, heute aufzuhören und das festzuhalten. Ruhen Sie sich bequem aus; lassen die Schmerzen nicht nach, fragen Sie vor dem nächsten Training Ihre Physiotherapie oder Ihre Ärztin bzw. Ihren Arzt.</translation>
    </message>
</context>
<context>
    <name>guided_session</name>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The camera stopped sending pictures (unplugged, or taken by another program).</source>
        <translation>Die Kamera sendet keine Bilder mehr (ausgesteckt oder von einem anderen Programm belegt).</translation>
    </message>
    <message>
        <source>The camera opened but sends no pictures — it may be in use by another program (close video calls) or unplugged.</source>
        <translation>Die Kamera ist geöffnet, sendet aber keine Bilder — vielleicht nutzt ein anderes Programm sie (Videoanrufe schließen) oder sie ist ausgesteckt.</translation>
    </message>
    <message>
        <source>reading frames failed: {why}</source>
        <translation>Lesen der Bilder fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>The video could not be read past {seconds} s.</source>
        <translation>Das Video konnte nach {seconds} s nicht weiter gelesen werden.</translation>
    </message>
    <message>
        <source>pose analysis failed: {why}</source>
        <translation>Posenanalyse fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>pose analysis stopped unexpectedly</source>
        <translation>Die Posenanalyse wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>This set is not being saved: {why}</source>
        <translation>Dieser Satz wird nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Camera {index} opened but sends no pictures — it may be in use by another program (close video calls) or unplugged.</source>
        <translation>Kamera {index} ist geöffnet, sendet aber keine Bilder — vielleicht nutzt ein anderes Programm sie (Videoanrufe schließen) oder sie ist ausgesteckt.</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>open_bar</name>
    <message>
        <source>Recordings (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.npz);;Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;Pose tracks (*.npz);;All files (*)</source>
        <translation>Aufnahmen (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.npz);;Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v);;Skelettaufzeichnungen (*.npz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Limits files (*.toml);;All files (*)</source>
        <translation>Grenzwert-Dateien (*.toml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>{count} rep</source>
        <translation>{count} Wiederholung</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} Wiederholungen</translation>
    </message>
    <message>
        <source>{reps} (left arm)</source>
        <translation>{reps} (linker Arm)</translation>
    </message>
    <message>
        <source>{reps} (right arm)</source>
        <translation>{reps} (rechter Arm)</translation>
    </message>
    <message>
        <source>{reps} with the left arm</source>
        <translation>{reps} mit dem linken Arm</translation>
    </message>
    <message>
        <source>{reps} with the right arm</source>
        <translation>{reps} mit dem rechten Arm</translation>
    </message>
    <message>
        <source>{reps} each side</source>
        <translation>{reps} je Seite</translation>
    </message>
    <message>
        <source>{seconds} s hold</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <source>{title}: {sets} × {what}, rest {rest} s</source>
        <translation>{title}: {sets} × {what}, Pause {rest} s</translation>
    </message>
    <message>
        <source>{now} → {next}</source>
        <translation>{now} → {next}</translation>
    </message>
    <message>
        <source>a set was stopped for pain on {day}</source>
        <translation>am {day} wurde ein Satz wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>pain was not rated before and after the session on {day}</source>
        <translation>am {day} wurden die Schmerzen nicht vor und nach der Einheit bewertet</translation>
    </message>
    <message>
        <source>pain rose from {before} to {after} during the session on {day}</source>
        <translation>die Schmerzen stiegen in der Einheit am {day} von {before} auf {after}</translation>
    </message>
    <message>
        <source>pain before exercising went up from {first} to {last}</source>
        <translation>die Schmerzen vor dem Training stiegen von {first} auf {last}</translation>
    </message>
    <message>
        <source>hold for {new} s instead of {old} s</source>
        <translation>{new} s statt {old} s halten</translation>
    </message>
    <message>
        <source>{new} reps instead of {old}</source>
        <translation>{new} Wiederholungen statt {old}</translation>
    </message>
    <message>
        <source>{new} sets instead of {old}</source>
        <translation>{new} Sätze statt {old}</translation>
    </message>
    <message>
        <source>move on to {exercise}</source>
        <translation>weiter zu {exercise}</translation>
    </message>
    <message>
        <source>{done} of {wanted} sessions done at this level so far</source>
        <translation>bisher {done} von {wanted} Einheiten auf dieser Stufe</translation>
    </message>
    <message>
        <source>the target was not met in every set on {day} ({met} of {sets} set)</source>
        <translation>am {day} wurde das Ziel nicht in jedem Satz erreicht ({met} von {sets} Satz)</translation>
    </message>
    <message>
        <source>the target was not met in every set on {day} ({met} of {sets} sets)</source>
        <translation>am {day} wurde das Ziel nicht in jedem Satz erreicht ({met} von {sets} Sätzen)</translation>
    </message>
    <message>
        <source>no judged reps</source>
        <translation>keine bewerteten Wiederholungen</translation>
    </message>
    <message>
        <source>{percent} good form</source>
        <translation>{percent} saubere Ausführung</translation>
    </message>
    <message>
        <source>form needs more practice ({share} on {day}; {wanted} wanted)</source>
        <translation>die Ausführung braucht noch Übung ({share} am {day}; {wanted} gewünscht)</translation>
    </message>
    <message>
        <source>this is the last step Coach knows for this exercise — ask your physio</source>
        <translation>das ist die letzte Stufe, die Coach für diese Übung kennt — fragen Sie Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>target met with good form and pain not worse in the last {sessions} sessions: try {words}</source>
        <translation>Ziel in den letzten {sessions} Einheiten mit sauberer Ausführung erreicht, ohne stärkere Schmerzen — nächster Schritt: {words}</translation>
    </message>
</context>
<context>
    <name>programme_editor</name>
    <message>
        <source>Coach programmes (*.toml *.json);;All files (*)</source>
        <translation>Coach-Programme (*.toml *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>programme_window</name>
    <message>
        <source>The session data could not be opened: {exc}</source>
        <translation>Die Trainingsdaten konnten nicht geöffnet werden: {exc}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Angles are estimates from one camera (MediaPipe pose), not clinical measurements. Times are from the start of the video (m:ss.s).</source>
        <translation>Winkel sind Schätzungen aus einer Kamera (MediaPipe Pose), keine klinischen Messungen. Zeiten ab Beginn des Videos (m:ss.s).</translation>
    </message>
    <message>
        <source>Nobody was seen</source>
        <translation>Niemand war zu sehen</translation>
    </message>
    <message>
        <source>Part of the body was outside the picture</source>
        <translation>Ein Teil des Körpers war außerhalb des Bildes</translation>
    </message>
    <message>
        <source>The key joints were not clearly visible</source>
        <translation>Die wichtigen Gelenke waren nicht deutlich zu sehen</translation>
    </message>
    <message>
        <source>The person was not side-on to the camera</source>
        <translation>Die Person stand nicht seitlich zur Kamera</translation>
    </message>
    <message>
        <source>Someone else was in view (the person exercising was followed)</source>
        <translation>Jemand anderes war im Bild (verfolgt wurde die übende Person)</translation>
    </message>
    <message>
        <source>The person was in view but not in this exercise&apos;s start position (nothing was judged)</source>
        <translation>Die Person war im Bild, aber nicht in der Ausgangsposition dieser Übung (nichts wurde bewertet)</translation>
    </message>
    <message>
        <source>The person was in position and moving, but no rep was recognised</source>
        <translation>Die Person war in Position und in Bewegung, aber keine Wiederholung wurde erkannt</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Sauber</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Rules: {rules}</source>
        <translation>Grenzwerte: {rules}</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>{exercise} · {video} · report made {when}</source>
        <translation>{exercise} · {video} · Bericht erstellt am {when}</translation>
    </message>
    <message>
        <source>{video} · report made {when}</source>
        <translation>{video} · Bericht erstellt am {when}</translation>
    </message>
    <message>
        <source>Thresholds on the plot are the defaults: the per-patient rule file {files} used for the analysis was not found.</source>
        <translation>Die Schwellen im Diagramm sind die Standardwerte: Die patientenbezogene Regeldatei {files}, mit der ausgewertet wurde, wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Thresholds not shown: {why}</source>
        <translation>Schwellen nicht angezeigt: {why}</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>defaults with per-patient overrides from {files}</source>
        <translation>Standard mit patientenbezogenen Anpassungen aus {files}</translation>
    </message>
    <message>
        <source>Side ({means})</source>
        <translation>Seite ({means})</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Faults during this period</source>
        <translation>Fehler in dieser Phase</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What to tell the patient</source>
        <translation>Hinweis für den Patienten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{video} (pose track)</source>
        <translation>{video} (Skelettaufzeichnung)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Video length</source>
        <translation>Videolänge</translation>
    </message>
    <message>
        <source>{time} ({seconds} s)</source>
        <translation>{time} ({seconds} s)</translation>
    </message>
    <message>
        <source>{exercise} held {total} s, good form {good} s ({share})</source>
        <translation>{exercise} {total} s gehalten, saubere Ausführung {good} s ({share})</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Good form</source>
        <translation>Saubere Ausführung</translation>
    </message>
    <message>
        <source>{good} s of {total} s ({share})</source>
        <translation>{good} s von {total} s ({share})</translation>
    </message>
    <message>
        <source>Time in the {exercise}</source>
        <translation>Zeit im {exercise}</translation>
    </message>
    <message>
        <source>{count} reps, {good} with good form</source>
        <translation>{count} Wiederholungen, {good} sauber ausgeführt</translation>
    </message>
    <message>
        <source>{count} rep, {good} with good form</source>
        <translation>{count} Wiederholung, {good} sauber ausgeführt</translation>
    </message>
    <message>
        <source>{good} of {count} reps ({share})</source>
        <translation>{good} von {count} Wiederholungen ({share})</translation>
    </message>
    <message>
        <source>Reps by side ({means})</source>
        <translation>Wiederholungen je Seite ({means})</translation>
    </message>
    <message>
        <source>Reps by side</source>
        <translation>Wiederholungen je Seite</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pose found</source>
        <translation>Körper erkannt</translation>
    </message>
    <message>
        <source>{seen} of {frames} frames ({share})</source>
        <translation>in {seen} von {frames} Bildern ({share})</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>{judged} s of {duration} s ({share})</source>
        <translation>{judged} s von {duration} s ({share})</translation>
    </message>
    <message>
        <source>The video could not be read past {time} (truncated or corrupt); the results cover what was read.</source>
        <translation>Das Video konnte nach {time} nicht weiter gelesen werden (abgeschnitten oder beschädigt); die Ergebnisse umfassen das Gelesene.</translation>
    </message>
    <message>
        <source>The analysis was cancelled before the end of the video; the results are partial.</source>
        <translation>Die Auswertung wurde vor dem Ende des Videos abgebrochen; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>The person was found in only {share} of frames; counts may be low.</source>
        <translation>Die Person wurde nur in {share} der Bilder erkannt; die Zählung kann zu niedrig sein.</translation>
    </message>
    <message>
        <source>The person was in view, but only {judged} s of {duration} s could be judged as this exercise — see the set-up table for why.</source>
        <translation>Die Person war im Bild, aber nur {judged} s von {duration} s konnten als diese Übung bewertet werden — die Gründe stehen in der Aufbau-Tabelle.</translation>
    </message>
    <message>
        <source>{exercise} — exercise review</source>
        <translation>{exercise} — Auswertung der Übung</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>good form</source>
        <translation>saubere Ausführung</translation>
    </message>
    <message>
        <source>{exercise}: seconds held</source>
        <translation>{exercise}: gehaltene Sekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>{exercise}: reps done vs prescribed</source>
        <translation>{exercise}: Wiederholungen ausgeführt und verordnet</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>verordnet</translation>
    </message>
    <message>
        <source>Good-form share (%)</source>
        <translation>Anteil saubere Ausführung (%)</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>No sessions with this exercise yet</source>
        <translation>Noch keine Einheiten mit dieser Übung</translation>
    </message>
    <message>
        <source>holding the {exercise}</source>
        <translation>{exercise} gehalten</translation>
    </message>
    <message>
        <source>number = rep</source>
        <translation>Zahl = Wiederholung</translation>
    </message>
    <message>
        <source>{key}, L/R = {side}</source>
        <translation>{key}, L/R = {side}</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>rep, good form ({key})</source>
        <translation>Wiederholung, sauber ({key})</translation>
    </message>
    <message>
        <source>rep with a fault ({key})</source>
        <translation>Wiederholung mit Fehler ({key})</translation>
    </message>
    <message>
        <source>rep with a fault</source>
        <translation>Wiederholung mit Fehler</translation>
    </message>
    <message>
        <source>No angle was measured in this recording</source>
        <translation>In dieser Aufnahme wurde kein Winkel gemessen</translation>
    </message>
    <message>
        <source>peak of each rep (o good form, x fault)</source>
        <translation>Spitzenwert jeder Wiederholung (o sauber, x Fehler)</translation>
    </message>
    <message>
        <source>angle (°)</source>
        <translation>Winkel (°)</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>time in the video (m:ss)</source>
        <translation>Zeit im Video (m:ss)</translation>
    </message>
    <message>
        <source>time in the video (s)</source>
        <translation>Zeit im Video (s)</translation>
    </message>
    <message>
        <source>fault: {faults}</source>
        <translation>Fehler: {faults}</translation>
    </message>
    <message>
        <source>set-up problem (see the list)</source>
        <translation>Aufbau-Problem (siehe Liste)</translation>
    </message>
    <message>
        <source>no faults and no set-up problems</source>
        <translation>keine Fehler und keine Aufbau-Probleme</translation>
    </message>
    <message>
        <source>Counts and form are estimates from one camera, not clinical measurements. A corrected count shows its original beside it.</source>
        <translation>Zählung und Ausführung sind Schätzungen aus einer Kamera, keine klinischen Messungen. Korrigierte Zählungen zeigen die ursprüngliche daneben.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>Video zu Ende</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>source lost</source>
        <translation>Kamera verloren</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>vor der Einheit</translation>
    </message>
    <message>
        <source>after the session</source>
        <translation>nach der Einheit</translation>
    </message>
    <message>
        <source>check between sets</source>
        <translation>Abfrage zwischen Sätzen</translation>
    </message>
    <message>
        <source>“Stop — it hurts”</source>
        <translation>„Stopp — es tut weh“</translation>
    </message>
    <message>
        <source>{held} s held, {good} s good form</source>
        <translation>{held} s gehalten, {good} s saubere Ausführung</translation>
    </message>
    <message>
        <source>{count} (corrected from {original})</source>
        <translation>{count} (korrigiert von {original})</translation>
    </message>
    <message>
        <source>{seconds} s hold</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <source>stopped — it hurt ({pain}/10)</source>
        <translation>gestoppt — Schmerzen ({pain}/10)</translation>
    </message>
    <message>
        <source>stopped — it hurt</source>
        <translation>gestoppt — Schmerzen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>{title} · report made {when}</source>
        <translation>{title} · Bericht erstellt am {when}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>{when} · {author}: {text}</source>
        <translation>{when} · {author}: {text}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Session {id} — {when}</source>
        <translation>Einheit {id} — {when}</translation>
    </message>
    <message>
        <source>Coach — session report ({date})</source>
        <translation>Coach — Bericht zur Einheit ({date})</translation>
    </message>
    <message>
        <source>Coach — sessions {first} to {last}</source>
        <translation>Coach — Einheiten vom {first} bis {last}</translation>
    </message>
    <message>
        <source>Patient: {name} · {count} sessions</source>
        <translation>Patient: {name} · {count} Einheiten</translation>
    </message>
    <message>
        <source>Patient: {name} · {count} session</source>
        <translation>Patient: {name} · {count} Einheit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Set-up problems</source>
        <translation>Aufbau-Probleme</translation>
    </message>
    <message>
        <source>Times when the camera could not judge form (framing, light, angle); nothing is counted or judged during them.</source>
        <translation>Zeiten, in denen die Kamera die Ausführung nicht beurteilen konnte (Bildausschnitt, Licht, Blickwinkel); währenddessen wird nichts gezählt oder bewertet.</translation>
    </message>
    <message>
        <source>No reps were counted.</source>
        <translation>Es wurden keine Wiederholungen gezählt.</translation>
    </message>
    <message>
        <source>The position was not held.</source>
        <translation>Die Position wurde nicht gehalten.</translation>
    </message>
    <message>
        <source>No faults were found.</source>
        <translation>Es wurden keine Fehler gefunden.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Exercise form review</source>
        <translation>Auswertung der Übungsausführung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Einheiten.</translation>
    </message>
    <message>
        <source>No sets were recorded.</source>
        <translation>Es wurden keine Sätze aufgezeichnet.</translation>
    </message>
    <message>
        <source>Count corrections (audit trail)</source>
        <translation>Korrekturen der Zählung (Protokoll)</translation>
    </message>
    <message>
        <source>Pain ratings</source>
        <translation>Schmerzbewertungen</translation>
    </message>
    <message>
        <source>No pain ratings.</source>
        <translation>Keine Schmerzbewertungen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>{what} over time</source>
        <translation>{what} im Zeitverlauf</translation>
    </message>
    <message>
        <source>{angle} over time, with reps, faults and thresholds</source>
        <translation>{angle} im Zeitverlauf, mit Wiederholungen, Fehlern und Schwellen</translation>
    </message>
    <message>
        <source>{exercise} over time, one point a week</source>
        <translation>{exercise} im Zeitverlauf, ein Punkt pro Woche</translation>
    </message>
    <message>
        <source>{exercise} over time, one point a session</source>
        <translation>{exercise} im Zeitverlauf, ein Punkt pro Einheit</translation>
    </message>
    <message>
        <source>{exercise} over time, one point a day</source>
        <translation>{exercise} im Zeitverlauf, ein Punkt pro Tag</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>bird-dog</source>
        <translation>Bird-Dog</translation>
    </message>
    <message>
        <source>raised arm</source>
        <translation>gehobener Arm</translation>
    </message>
    <message>
        <source>Best knee angle, raised leg (°)</source>
        <translation>Bester Kniewinkel, gehobenes Bein (°)</translation>
    </message>
    <message>
        <source>Best elbow angle (°)</source>
        <translation>Bester Ellbogenwinkel (°)</translation>
    </message>
    <message>
        <source>Hip roll vs. rest (°)</source>
        <translation>Beckenrotation ggü. Ruhe (°)</translation>
    </message>
    <message>
        <source>{deg}°: raised leg straighter than this, or &apos;leg not extended&apos;</source>
        <translation>{deg}°: gehobenes Bein gestreckter als dies, sonst „Bein nicht gestreckt“</translation>
    </message>
    <message>
        <source>The line is the knee angle (hip–knee–ankle) of the raised leg, or of the leg nearer the camera when neither is raised; on hands and knees it rests near 90°, so only the peaks during a reach are judged against the threshold. Arm extension (elbow at least {v0}°) and hip rotation (more than {v1}° beyond rest) are checked per rep and listed in the table. Side = the raised arm.</source>
        <translation>Die Linie ist der Kniewinkel (Hüfte–Knie–Knöchel) des gehobenen Beins, oder des Beins näher an der Kamera, wenn keines gehoben ist; im Vierfüßlerstand liegt er bei etwa 90°, daher werden nur die Spitzen beim Strecken an der Schwelle gemessen. Armstreckung (Ellbogen mindestens {v0}°) und Beckenrotation (mehr als {v1}° über der Ruhe) werden je Wiederholung geprüft und in der Tabelle aufgeführt. Seite = der gehobene Arm.</translation>
    </message>
    <message>
        <source>cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>Neck–torso range (°)</source>
        <translation>Nacken–Rumpf-Bereich (°)</translation>
    </message>
    <message>
        <source>Head-lift range (arm lengths)</source>
        <translation>Kopfhebung, Bereich (Armlängen)</translation>
    </message>
    <message>
        <source>Back height range (arm lengths)</source>
        <translation>Rückenhöhe, Bereich (Armlängen)</translation>
    </message>
    <message>
        <source>The line is the angle of the neck (shoulders to nose) against the torso; higher = head lifted (cow). Cow and cat are detected from the head&apos;s height above the shoulders plus, where the person&apos;s outline is seen, the dip of the middle of the back below the shoulder–hip line (both in arm lengths): a phase begins once that signal has moved {v0} ({v1} with the back) from the other end of the movement; not from this angle, so no threshold is drawn. MediaPipe has no spine points: the outline of the back and the neck stand in for spinal flexion and extension.</source>
        <translation>Die Linie ist der Winkel des Nackens (Schultern zur Nase) gegen den Rumpf; höher = Kopf gehoben (Kuh). Kuh und Katze werden an der Höhe des Kopfes über den Schultern erkannt und, wo der Umriss der Person zu sehen ist, am Absinken der Rückenmitte unter die Linie Schulter–Hüfte (beides in Armlängen): Eine Phase beginnt, sobald sich dieses Signal um {v0} ({v1} mit dem Rücken) vom anderen Ende der Bewegung entfernt hat; nicht an diesem Winkel, daher ist keine Schwelle eingezeichnet. MediaPipe hat keine Punkte an der Wirbelsäule: Der Umriss des Rückens und der Nacken stehen für Beugung und Streckung der Wirbelsäule.</translation>
    </message>
    <message>
        <source>glute bridge</source>
        <translation>Beckenheben</translation>
    </message>
    <message>
        <source>Peak hip extension (°)</source>
        <translation>Größte Hüftstreckung (°)</translation>
    </message>
    <message>
        <source>Hip vs. line at top (torso lengths)</source>
        <translation>Hüfte zur Linie oben (Rumpflängen)</translation>
    </message>
    <message>
        <source>Hold at top (s)</source>
        <translation>Halten oben (s)</translation>
    </message>
    <message>
        <source>180°: shoulders, hips, knees in line (full bridge)</source>
        <translation>180°: Schultern, Hüfte, Knie in einer Linie (volle Brücke)</translation>
    </message>
    <message>
        <source>The line is the shoulder–hip–knee angle on the side nearer the camera; it goes above 180° when the hips rise above the shoulder–knee line. A rep is counted once the hips rise {v0}° above the person&apos;s own resting angle, so there is no fixed degree threshold. Full extension is judged at the top by the hip&apos;s distance from the shoulder–knee line (incomplete below {v1} torso lengths); the 180° line is that straight line.</source>
        <translation>Die Linie ist der Winkel Schulter–Hüfte–Knie auf der Seite näher an der Kamera; er steigt über 180°, wenn die Hüfte über die Linie Schulter–Knie kommt. Eine Wiederholung zählt, sobald die Hüfte {v0}° über den eigenen Ruhewinkel der Person steigt, daher gibt es keine feste Gradschwelle. Die volle Streckung wird oben am Abstand der Hüfte von der Linie Schulter–Knie beurteilt (unvollständig unter {v1} Rumpflängen); die 180°-Linie ist diese gerade Linie.</translation>
    </message>
    <message>
        <source>plank</source>
        <translation>Unterarmstütz</translation>
    </message>
    <message>
        <source>180°: shoulders, hips, ankles in one straight line</source>
        <translation>180°: Schultern, Hüfte, Knöchel in einer geraden Linie</translation>
    </message>
    <message>
        <source>{deg}°: below this it is not counted as a plank (pike or kneel)</source>
        <translation>{deg}°: darunter zählt es nicht als Unterarmstütz (Hüfte hoch oder kniend)</translation>
    </message>
    <message>
        <source>The line is the shoulder–hip–ankle angle on the side nearer the camera. Sagging and piking are judged by how far the hip is from the shoulder–ankle line, in torso lengths (sagging below {v0}, piked above {v1}), not by this angle, so they appear as red fault spans rather than as lines. Green spans: time counted as holding the plank.</source>
        <translation>Die Linie ist der Winkel Schulter–Hüfte–Knöchel auf der Seite näher an der Kamera. Durchhängen und zu hohe Hüfte werden am Abstand der Hüfte von der Linie Schulter–Knöchel in Rumpflängen beurteilt (durchhängend unter {v0}, zu hoch über {v1}), nicht an diesem Winkel, daher erscheinen sie als rote Fehlerbereiche statt als Linien. Grüne Bereiche: als Halten des Unterarmstützes gezählte Zeit.</translation>
    </message>
</context>
<context>
    <name>review_jobs</name>
    <message>
        <source>Scoring {file}</source>
        <translation>{file} wird bewertet</translation>
    </message>
    <message>
        <source>Loading the pose model for {file}</source>
        <translation>Das Posenmodell für {file} wird geladen</translation>
    </message>
    <message>
        <source>Analysing {file}</source>
        <translation>{file} wird ausgewertet</translation>
    </message>
    <message>
        <source>Re-scoring</source>
        <translation>Neu bewerten</translation>
    </message>
    <message>
        <source>Recognising the exercises in {file}</source>
        <translation>Übungen in {file} werden erkannt</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>{file} wird geschrieben</translation>
    </message>
</context>
<context>
    <name>rule_labels</name>
    <message>
        <source>Arm straightness needed (elbow angle)</source>
        <translation>Nötige Armstreckung (Ellbogenwinkel)</translation>
    </message>
    <message>
        <source>Leg straightness needed (knee angle)</source>
        <translation>Nötige Beinstreckung (Kniewinkel)</translation>
    </message>
    <message>
        <source>Hip roll allowed</source>
        <translation>Erlaubtes Beckenkippen</translation>
    </message>
    <message>
        <source>Head travel needed from cow to cat</source>
        <translation>Nötiger Kopfweg von Kuh zu Katze</translation>
    </message>
    <message>
        <source>Head and back travel needed from cow to cat</source>
        <translation>Nötiger Kopf- und Rückenweg von Kuh zu Katze</translation>
    </message>
    <message>
        <source>Shortest cycle before “too fast”</source>
        <translation>Kürzester Zyklus vor „zu schnell“</translation>
    </message>
    <message>
        <source>Lowest hip accepted at the top</source>
        <translation>Tiefste akzeptierte Hüfte oben</translation>
    </message>
    <message>
        <source>Pause needed at the top</source>
        <translation>Nötige Pause oben</translation>
    </message>
    <message>
        <source>Shortest rep before “too fast”</source>
        <translation>Kürzeste Wiederholung vor „zu schnell“</translation>
    </message>
    <message>
        <source>Hip sag allowed before “hips sagging”</source>
        <translation>Erlaubtes Absinken der Hüfte vor „Hüfte hängt durch“</translation>
    </message>
    <message>
        <source>Hip lift allowed before “hips piked”</source>
        <translation>Erlaubtes Anheben der Hüfte vor „Hüfte zu hoch“</translation>
    </message>
</context>
<context>
    <name>rule_meanings</name>
    <message>
        <source>best elbow angle of the raised arm below this → arm not extended</source>
        <translation>bester Ellbogenwinkel des gehobenen Arms darunter → Arm nicht gestreckt</translation>
    </message>
    <message>
        <source>best knee angle of the raised leg below this → leg not extended</source>
        <translation>bester Kniewinkel des gehobenen Beins darunter → Bein nicht gestreckt</translation>
    </message>
    <message>
        <source>pelvis tilt beyond rest by more than this → hips rotated (below ~30 the camera&apos;s depth noise cries wolf)</source>
        <translation>Beckenkippung über die Ruhelage hinaus um mehr als diesen Wert → Hüfte verdreht (unter etwa 30 meldet das Tiefenrauschen der Kamera Fehlalarme)</translation>
    </message>
    <message>
        <source>shoulder→hip line against the camera&apos;s horizontal; above this the back is upright (sitting up ~80)</source>
        <translation>Linie Schulter→Hüfte gegenüber der Waagerechten der Kamera; darüber ist der Rücken aufgerichtet (Sitzen etwa 80)</translation>
    </message>
    <message>
        <source>a limb at or below this elevation from the back&apos;s line stands under the body (straight down ~-90)</source>
        <translation>ein Arm oder Bein bei oder unter dieser Erhebung gegenüber der Rückenlinie steht unter dem Körper (senkrecht nach unten etwa -90)</translation>
    </message>
    <message>
        <source>after 2 s or more seen out of the start position, it is held this long before reps count (moves while getting into it are not reps); after less, it counts as held</source>
        <translation>nach 2 s oder mehr sichtbar außerhalb der Ausgangsposition wird sie so lange gehalten, bevor Wiederholungen zählen (Bewegungen beim Einnehmen der Position sind keine Wiederholungen); nach kürzerer Zeit gilt sie als gehalten</translation>
    </message>
    <message>
        <source>... and that knee is bent (3-D)</source>
        <translation>... und dieses Knie ist gebeugt (3-D)</translation>
    </message>
    <message>
        <source>an arm at or above this elevation from the back is reaching</source>
        <translation>ein Arm bei oder über dieser Erhebung gegenüber dem Rücken ist ausgestreckt</translation>
    </message>
    <message>
        <source>hysteresis: it counts as down again below this</source>
        <translation>Hysterese: darunter gilt er wieder als abgesenkt</translation>
    </message>
    <message>
        <source>a thigh at or above this elevation is stretched back</source>
        <translation>ein Oberschenkel bei oder über dieser Erhebung ist nach hinten gestreckt</translation>
    </message>
    <message>
        <source>the rep&apos;s window opens when an arm leaves rest past this</source>
        <translation>das Zeitfenster der Wiederholung öffnet sich, wenn ein Arm die Ruhelage um mehr als diesen Wert verlässt</translation>
    </message>
    <message>
        <source>... or a thigh past this</source>
        <translation>... oder ein Oberschenkel um mehr als diesen</translation>
    </message>
    <message>
        <source>arm and leg up together at least this long to count</source>
        <translation>Arm und Bein müssen mindestens so lange zusammen oben sein, damit es zählt</translation>
    </message>
    <message>
        <source>leave-rest to back-at-rest faster than this, with a pause → too fast</source>
        <translation>von der Ruhelage zurück in die Ruhelage schneller als dies, mit einer Pause → zu schnell</translation>
    </message>
    <message>
        <source>a hold at full reach shorter than this → too fast</source>
        <translation>ein Halten in voller Streckung kürzer als dies → zu schnell</translation>
    </message>
    <message>
        <source>reps within this fraction of min_rep_s get the previous rep&apos;s verdict (no flip-flopping)</source>
        <translation>Wiederholungen innerhalb dieses Anteils von min_rep_s erhalten das Urteil der vorigen Wiederholung (kein Hin und Her)</translation>
    </message>
    <message>
        <source>said when the person seems to be lying on the back: what Coach sees and where the exercise starts</source>
        <translation>gesagt, wenn die Person auf dem Rücken zu liegen scheint: was Coach sieht und wo die Übung beginnt</translation>
    </message>
    <message>
        <source>said when the person seems to be lying on one side: what Coach sees and where the exercise starts</source>
        <translation>gesagt, wenn die Person auf einer Seite zu liegen scheint: was Coach sieht und wo die Übung beginnt</translation>
    </message>
    <message>
        <source>said when the person seems to be sitting, kneeling up or standing: what Coach sees and where the exercise starts</source>
        <translation>gesagt, wenn die Person zu sitzen, aufrecht zu knien oder zu stehen scheint: was Coach sieht und wo die Übung beginnt</translation>
    </message>
    <message>
        <source>cow peak minus cat trough below this → small range</source>
        <translation>Höchststand in der Kuh minus Tiefststand in der Katze darunter → kleiner Bewegungsumfang</translation>
    </message>
    <message>
        <source>with the back&apos;s outline: head lift plus back dip from cow to cat below this → small range</source>
        <translation>mit dem Umriss des Rückens: Kopfhebung plus Absenken des Rückens von Kuh zu Katze darunter → kleiner Bewegungsumfang</translation>
    </message>
    <message>
        <source>a whole cow-and-cat cycle quicker than this → too fast</source>
        <translation>ein ganzer Zyklus aus Kuh und Katze schneller als dieser Wert → zu schnell</translation>
    </message>
    <message>
        <source>a phase begins once the head has moved this far from the other end</source>
        <translation>eine Phase beginnt, sobald sich der Kopf so weit vom anderen Ende entfernt hat</translation>
    </message>
    <message>
        <source>a set that starts rounded counts as a cat at or below this</source>
        <translation>ein Satz, der rund beginnt, zählt bei oder unter diesem Wert als Katze</translation>
    </message>
    <message>
        <source>a set that starts arched counts as a cow at or above this</source>
        <translation>ein Satz, der hohl beginnt, zählt bei oder über diesem Wert als Kuh</translation>
    </message>
    <message>
        <source>a cow or cat must be held this long to count</source>
        <translation>Kuh oder Katze müssen so lange gehalten werden, damit es zählt</translation>
    </message>
    <message>
        <source>the back&apos;s height above the shoulder–hip line in a neutral tabletop</source>
        <translation>die Höhe des Rückens über der Linie Schulter–Hüfte im neutralen Vierfüßlerstand</translation>
    </message>
    <message>
        <source>how many times the back&apos;s dip counts beside the head&apos;s lift</source>
        <translation>wie vielfach das Absinken des Rückens neben dem Heben des Kopfes zählt</translation>
    </message>
    <message>
        <source>with the back&apos;s outline: a phase begins once head lift plus back dip has moved this far</source>
        <translation>mit der Rückenkontur: eine Phase beginnt, sobald sich Kopfheben plus Rückenabsinken so weit bewegt haben</translation>
    </message>
    <message>
        <source>as first_cat_max, for head lift plus back dip</source>
        <translation>wie first_cat_max, für Kopfheben plus Rückenabsinken</translation>
    </message>
    <message>
        <source>as first_cow_min, for head lift plus back dip</source>
        <translation>wie first_cow_min, für Kopfheben plus Rückenabsinken</translation>
    </message>
    <message>
        <source>a back edge missed this long keeps the last height</source>
        <translation>eine so lange nicht erkannte Rückenkante behält die letzte Höhe</translation>
    </message>
    <message>
        <source>a set that ends after one cow or cat: that phase quicker than this → too fast</source>
        <translation>ein Satz, der nach einer Kuh oder Katze endet: diese Phase schneller als dies → zu schnell</translation>
    </message>
    <message>
        <source>hip below the shoulder–knee line at the top by more than this → incomplete extension (raise toward 0 to demand a higher bridge)</source>
        <translation>Hüfte oben um mehr als diesen Wert unter der Linie Schulter–Knie → unvollständige Streckung (Richtung 0 erhöhen, um eine höhere Brücke zu verlangen)</translation>
    </message>
    <message>
        <source>time at the top shorter than this → no hold at the top</source>
        <translation>Zeit oben kürzer als dieser Wert → kein Halten oben</translation>
    </message>
    <message>
        <source>lift-to-lowered faster than this, without a pause at the top → too fast</source>
        <translation>vom Anheben bis zum Absenken schneller als dieser Wert, ohne Pause oben → zu schnell</translation>
    </message>
    <message>
        <source>shoulder→ankle line against the camera&apos;s horizontal: lying, not standing or squatting (~80–90)</source>
        <translation>Linie Schulter→Knöchel gegenüber der Waagerechten der Kamera: liegend, nicht stehend oder hockend (etwa 80–90)</translation>
    </message>
    <message>
        <source>the body&apos;s ceiling against the camera&apos;s up: lying on the back</source>
        <translation>die Körpervorderseite gegenüber dem Oben der Kamera: Rückenlage</translation>
    </message>
    <message>
        <source>knees bent at least this much in the set-up (3-D)</source>
        <translation>Knie in der Ausgangsstellung mindestens so weit gebeugt (3-D)</translation>
    </message>
    <message>
        <source>straight legs (lying flat, a push-up) are not a bridge</source>
        <translation>gestreckte Beine (flach liegend, Liegestütz) sind kein Beckenheben</translation>
    </message>
    <message>
        <source>the knee is higher than the hip</source>
        <translation>das Knie ist höher als die Hüfte</translation>
    </message>
    <message>
        <source>... and well above the foot on the floor</source>
        <translation>... und deutlich über dem Fuß am Boden</translation>
    </message>
    <message>
        <source>wrists far below the shoulders means arms are supporting</source>
        <translation>Handgelenke weit unter den Schultern bedeuten, dass die Arme stützen</translation>
    </message>
    <message>
        <source>the resting angle is a low reading of this window (its tenth percentile)</source>
        <translation>der Ruhewinkel ist ein niedriger Wert dieses Zeitfensters (sein zehntes Perzentil)</translation>
    </message>
    <message>
        <source>hips this far above rest → a rep is under way (and counted)</source>
        <translation>Hüfte so weit über der Ruhelage → eine Wiederholung läuft (und wird gezählt)</translation>
    </message>
    <message>
        <source>... and it is over once back within this of rest</source>
        <translation>... und sie ist vorbei, sobald sie wieder so nah an der Ruhelage ist</translation>
    </message>
    <message>
        <source>... or once only this fraction of the rep&apos;s own lift is left</source>
        <translation>... oder sobald nur noch dieser Anteil des Hubs der Wiederholung übrig ist</translation>
    </message>
    <message>
        <source>a lift must last this long (filters jitter)</source>
        <translation>ein Heben muss so lange dauern (filtert Zittern)</translation>
    </message>
    <message>
        <source>... and the pelvis itself must rise this much above its rest height</source>
        <translation>... und das Becken selbst muss so weit über seine Ruhehöhe steigen</translation>
    </message>
    <message>
        <source>at rest the hip is at least this far below the shoulder–knee line</source>
        <translation>in Ruhe liegt die Hüfte mindestens so weit unter der Linie Schulter–Knie</translation>
    </message>
    <message>
        <source>a reading that leaps further than a body moves is skipped unless it persists this long</source>
        <translation>ein Messwert, der weiter springt, als sich ein Körper bewegt, wird übergangen, außer er bleibt so lange bestehen</translation>
    </message>
    <message>
        <source>“at the top” = within this of the rep&apos;s highest angle</source>
        <translation>„oben“ = innerhalb dieses Abstands vom höchsten Winkel der Wiederholung</translation>
    </message>
    <message>
        <source>said when the person seems to be face down (hands and knees, a plank or lying on the front): what Coach sees and where the exercise starts</source>
        <translation>gesagt, wenn die Person mit dem Gesicht zum Boden zu sein scheint (Vierfüßlerstand, Stütz oder Bauchlage): was Coach sieht und wo die Übung beginnt</translation>
    </message>
    <message>
        <source>hips this far toward the floor from the person&apos;s own held line → hips sagging (lower = more tolerant)</source>
        <translation>Hüfte so weit zum Boden hin gegenüber der eigenen gehaltenen Linie → Hüfte hängt durch (kleiner = toleranter)</translation>
    </message>
    <message>
        <source>hips this far up from the person&apos;s own held line → hips piked</source>
        <translation>Hüfte so weit nach oben gegenüber der eigenen gehaltenen Linie → Hüfte zu hoch</translation>
    </message>
    <message>
        <source>shoulder→ankle line against the camera&apos;s horizontal; standing is ~90</source>
        <translation>Linie Schulter→Knöchel gegenüber der Waagerechten der Kamera; Stehen ist etwa 90</translation>
    </message>
    <message>
        <source>both knees straight (3-D); a knee on the floor bends to ~90</source>
        <translation>beide Knie gestreckt (3-D); ein Knie am Boden ist auf etwa 90 gebeugt</translation>
    </message>
    <message>
        <source>... and once the hold is under way (a pike bends them a little)</source>
        <translation>... und sobald das Halten läuft (eine zu hohe Hüfte beugt sie etwas)</translation>
    </message>
    <message>
        <source>a body pointing at the camera may read its knees this much more bent (MediaPipe&apos;s depth)</source>
        <translation>ein zur Kamera zeigender Körper darf die Knie um so viel gebeugter messen (Tiefe von MediaPipe)</translation>
    </message>
    <message>
        <source>3-D shoulder–hip–ankle; below this it is a pike or a kneel, not a plank</source>
        <translation>3-D Schulter–Hüfte–Knöchel; darunter ist es ein Hüftknick oder Knien, kein Unterarmstütz</translation>
    </message>
    <message>
        <source>the upper arms stand under the shoulders</source>
        <translation>die Oberarme stehen unter den Schultern</translation>
    </message>
    <message>
        <source>an elbow this far below its shoulder: the arms hold the body</source>
        <translation>ein Ellbogen so weit unter seiner Schulter: die Arme tragen den Körper</translation>
    </message>
    <message>
        <source>... and once the hold is under way</source>
        <translation>... und sobald das Halten läuft</translation>
    </message>
    <message>
        <source>the nearer hand at most this far ahead of its shoulder</source>
        <translation>die nähere Hand höchstens so weit vor ihrer Schulter</translation>
    </message>
    <message>
        <source>a hold starts only with the hips no further toward the floor than this (hips on the floor, as in a cobra, are not a plank; once held, a sag is a fault)</source>
        <translation>ein Halten beginnt nur, wenn die Hüfte nicht weiter zum Boden hin liegt als dieser Wert (Hüfte am Boden wie in der Kobra ist kein Unterarmstütz; während des Haltens ist Durchhängen ein Fehler)</translation>
    </message>
    <message>
        <source>a hold under way waits this long for a person lost by the camera</source>
        <translation>ein laufendes Halten wartet so lange auf eine Person, die die Kamera verloren hat</translation>
    </message>
    <message>
        <source>getting into the plank, a lapse shorter than this does not start the wait again</source>
        <translation>beim Einnehmen des Unterarmstützes lässt eine kürzere Unterbrechung die Wartezeit nicht neu beginnen</translation>
    </message>
    <message>
        <source>... and cleared once back above this</source>
        <translation>... und aufgehoben, sobald wieder darüber</translation>
    </message>
    <message>
        <source>... and cleared once back below this</source>
        <translation>... und aufgehoben, sobald wieder darunter</translation>
    </message>
    <message>
        <source>the person&apos;s own straight line is learnt in this first part</source>
        <translation>die eigene gerade Linie der Person wird in diesem ersten Abschnitt gelernt</translation>
    </message>
    <message>
        <source>that own line is kept at or above this (a sagging start is not straight)</source>
        <translation>diese eigene Linie bleibt bei oder über diesem Wert (ein Start mit durchhängender Hüfte ist nicht gerade)</translation>
    </message>
    <message>
        <source>... and at or below this (a piked start is not straight)</source>
        <translation>... und bei oder unter diesem Wert (ein Start mit gehobener Hüfte ist nicht gerade)</translation>
    </message>
</context>
<context>
    <name>rule_units</name>
    <message>
        <source>% of arm length</source>
        <translation>% der Armlänge</translation>
    </message>
    <message>
        <source>% of trunk length below the shoulder–knee line</source>
        <translation>% der Rumpflänge unter der Linie Schulter–Knie</translation>
    </message>
    <message>
        <source>% of trunk length below the line</source>
        <translation>% der Rumpflänge unter der Linie</translation>
    </message>
    <message>
        <source>% of trunk length above the line</source>
        <translation>% der Rumpflänge über der Linie</translation>
    </message>
    <message>
        <source>torso lengths</source>
        <translation>Rumpflängen</translation>
    </message>
    <message>
        <source>arm lengths</source>
        <translation>Armlängen</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Have you recently had new problems controlling your bladder or bowels, or been unable to pass urine?</source>
        <translation>Haben Sie seit Kurzem neue Probleme, Blase oder Darm zu kontrollieren, oder können Sie kein Wasser lassen?</translation>
    </message>
    <message>
        <source>Do you have numbness or tingling around your genitals, bottom or inner thighs (the area that would touch a saddle)?</source>
        <translation>Haben Sie ein Taubheitsgefühl oder Kribbeln im Genitalbereich, am Gesäß oder an den Innenseiten der Oberschenkel (dort, wo man auf einem Sattel sitzt)?</translation>
    </message>
    <message>
        <source>Is weakness or numbness in one or both of your legs getting worse?</source>
        <translation>Wird eine Schwäche oder ein Taubheitsgefühl in einem oder beiden Beinen schlimmer?</translation>
    </message>
    <message>
        <source>Did this back pain start after a fall, an accident or another injury?</source>
        <translation>Haben diese Rückenschmerzen nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying to?</source>
        <translation>Haben Sie in letzter Zeit ungewollt abgenommen?</translation>
    </message>
    <message>
        <source>Do you have a fever, or do you feel generally unwell?</source>
        <translation>Haben Sie Fieber oder fühlen Sie sich allgemein krank?</translation>
    </message>
    <message>
        <source>Have you ever had cancer? (You may skip this question.)</source>
        <translation>Hatten Sie jemals Krebs? (Diese Frage können Sie überspringen.)</translation>
    </message>
    <message>
        <source>Before your first session, please answer a few questions. They help make sure exercising with Coach is right for you now. Answer yes or no for each.</source>
        <translation>Bitte beantworten Sie vor Ihrer ersten Einheit ein paar Fragen. Sie helfen sicherzustellen, dass das Training mit Coach jetzt das Richtige für Sie ist. Antworten Sie jeweils mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>Thank you. Because of your answers, please talk to a doctor or physiotherapist before starting exercises with Coach. They can check what is causing your symptoms and advise you. Coach will not start a session for now.</source>
        <translation>Vielen Dank. Aufgrund Ihrer Antworten sprechen Sie bitte mit einer Ärztin, einem Arzt oder Ihrer Physiotherapie, bevor Sie mit Coach trainieren. Dort kann geklärt werden, woher Ihre Beschwerden kommen, und Sie werden beraten. Coach startet vorerst keine Einheit.</translation>
    </message>
    <message>
        <source>Please contact a doctor today — urgently if these symptoms are new or getting worse (call your emergency number or go to an emergency department if you cannot reach one). Coach will not start a session.</source>
        <translation>Bitte wenden Sie sich noch heute an eine Ärztin oder einen Arzt — dringend, wenn diese Beschwerden neu sind oder schlimmer werden (rufen Sie den Notruf 112 an oder gehen Sie in eine Notaufnahme, wenn Sie niemanden erreichen). Coach startet keine Einheit.</translation>
    </message>
    <message>
        <source>Thank you. You can start your session. Stop at any time if something feels wrong.</source>
        <translation>Vielen Dank. Sie können mit Ihrer Einheit beginnen. Hören Sie jederzeit auf, wenn sich etwas nicht richtig anfühlt.</translation>
    </message>
    <message>
        <source>Please answer every question (the last one may be skipped).</source>
        <translation>Bitte beantworten Sie jede Frage (die letzte dürfen Sie überspringen).</translation>
    </message>
</context>
<context>
    <name>session_detail</name>
    <message>
        <source>PDF report and CSV table (*.pdf)</source>
        <translation>PDF-Bericht und CSV-Tabelle (*.pdf)</translation>
    </message>
</context>
<context>
    <name>session_summary</name>
    <message>
        <source>{done} of {planned} sets</source>
        <translation>{done} von {planned} Sätzen</translation>
    </message>
    <message>
        <source>{seconds} s held</source>
        <translation>{seconds} s gehalten</translation>
    </message>
    <message>
        <source>{count} reps</source>
        <translation>{count} Wiederholungen</translation>
    </message>
    <message>
        <source>, {share} good form</source>
        <translation>, {share} saubere Ausführung</translation>
    </message>
    <message>
        <source> — target met in {sets_met}</source>
        <translation> — Ziel erreicht in {sets_met}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>{change} lower</source>
        <translation>{change} niedriger</translation>
    </message>
    <message>
        <source>{change} higher</source>
        <translation>{change} höher</translation>
    </message>
    <message>
        <source>Pain: {before}/10 before, {after}/10 after ({how}).</source>
        <translation>Schmerz: {before}/10 vorher, {after}/10 nachher ({how}).</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Coach share files (*.coachshare);;All files (*)</source>
        <translation>Coach-Freigabedateien (*.coachshare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>nothing new since the last share ({day})</source>
        <translation>nichts Neues seit dem letzten Teilen ({day})</translation>
    </message>
    <message>
        <source>no finished sessions in this period</source>
        <translation>keine abgeschlossenen Einheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No sessions to share: {why}.</source>
        <translation>Keine Einheiten zum Teilen: {why}.</translation>
    </message>
    <message>
        <source>{count} session of {name}, {first} to {last}</source>
        <translation>{count} Einheit von {name}, {first} bis {last}</translation>
    </message>
    <message>
        <source>{count} sessions of {name}, {first} to {last}</source>
        <translation>{count} Einheiten von {name}, {first} bis {last}</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} Satz</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} Sätze</translation>
    </message>
    <message>
        <source>{sets}, {reps}, with faults, pain ratings and notes</source>
        <translation>{sets}, {reps}, mit Fehlern, Schmerzbewertungen und Notizen</translation>
    </message>
    <message>
        <source>{count} unfinished session left out (finish or close it first)</source>
        <translation>{count} nicht abgeschlossene Einheit nicht enthalten (erst beenden oder schließen)</translation>
    </message>
    <message>
        <source>{count} unfinished sessions left out (finish or close them first)</source>
        <translation>{count} nicht abgeschlossene Einheiten nicht enthalten (erst beenden oder schließen)</translation>
    </message>
    <message>
        <source>{count} pose track (the skeleton of each set; no video)</source>
        <translation>{count} Skelettaufzeichnung (das Skelett jedes Satzes; kein Video)</translation>
    </message>
    <message>
        <source>{count} pose tracks (the skeleton of each set; no video)</source>
        <translation>{count} Skelettaufzeichnungen (das Skelett jedes Satzes; kein Video)</translation>
    </message>
    <message>
        <source>{count} pose track could not be read and is left out</source>
        <translation>{count} Skelettaufzeichnung konnte nicht gelesen werden und ist nicht enthalten</translation>
    </message>
    <message>
        <source>{count} pose tracks could not be read and are left out</source>
        <translation>{count} Skelettaufzeichnungen konnten nicht gelesen werden und sind nicht enthalten</translation>
    </message>
    <message>
        <source>a summary page anyone can open (summary.html)</source>
        <translation>eine Übersichtsseite, die jeder öffnen kann (summary.html)</translation>
    </message>
    <message>
        <source>size: {size}</source>
        <translation>Größe: {size}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <source>{n} session, {here} already here</source>
        <translation>{n} Einheit, {here} bereits vorhanden</translation>
    </message>
    <message>
        <source>{n} sessions, {here} already here</source>
        <translation>{n} Einheiten, {here} bereits vorhanden</translation>
    </message>
    <message>
        <source>{n} added to {patient}</source>
        <translation>{n} zu {patient} hinzugefügt</translation>
    </message>
    <message>
        <source>{n} added to {patient} (new patient)</source>
        <translation>{n} zu {patient} hinzugefügt (neuer Patient)</translation>
    </message>
    <message>
        <source>{n} new note(s)</source>
        <translation>{n} neue Notiz(en)</translation>
    </message>
    <message>
        <source>{n} pose track(s) saved</source>
        <translation>{n} Skelettaufzeichnung(en) gespeichert</translation>
    </message>
    <message>
        <source>{n} pose track(s) could not be saved ({first}) — import the file again to retry</source>
        <translation>{n} Skelettaufzeichnung(en) konnten nicht gespeichert werden ({first}) — importieren Sie die Datei erneut, um es noch einmal zu versuchen</translation>
    </message>
    <message>
        <source>session {session} set {set}: {why}</source>
        <translation>Einheit {session}, Satz {set}: {why}</translation>
    </message>
</context>
<context>
    <name>skeleton_player</name>
    <message>
        <source>Holding the {exercise}</source>
        <translation>{exercise} wird gehalten</translation>
    </message>
    <message>
        <source>Not in the {exercise}</source>
        <translation>Nicht im {exercise}</translation>
    </message>
    <message>
        <source>Rep {index} of {count}</source>
        <translation>Wdh. {index} von {count}</translation>
    </message>
    <message>
        <source> · good form</source>
        <translation> · saubere Ausführung</translation>
    </message>
    <message>
        <source>Between reps</source>
        <translation>Zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>Fault: {name}</source>
        <translation>Fehler: {name}</translation>
    </message>
    <message>
        <source>Set-up: {name}</source>
        <translation>Aufbau: {name}</translation>
    </message>
    <message>
        <source>{label}: not measured</source>
        <translation>{label}: nicht gemessen</translation>
    </message>
</context>
<context>
    <name>summary_panel</name>
    <message>
        <source>You ended the set.</source>
        <translation>Sie haben den Satz beendet.</translation>
    </message>
    <message>
        <source>The video ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>Stopped because it hurt.</source>
        <translation>Wegen Schmerzen gestoppt.</translation>
    </message>
    <message>
        <source>The camera was lost; what was counted is kept.</source>
        <translation>Die Kamera ging verloren; das Gezählte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The set stopped because of a problem.</source>
        <translation>Der Satz wurde wegen eines Problems beendet.</translation>
    </message>
    <message>
        <source> of {target}</source>
        <translation> von {target}</translation>
    </message>
    <message>
        <source>{seconds} good form{target}</source>
        <translation>{seconds} saubere Ausführung{target}</translation>
    </message>
</context>
<context>
    <name>summary_text</name>
    <message>
        <source>holding</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>good-form rep</source>
        <translation>saubere Wiederholung</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>set-up problem</source>
        <translation>Aufbau-Problem</translation>
    </message>
    <message>
        <source>now · click anywhere to jump there</source>
        <translation>jetzt · irgendwo klicken, um dorthin zu springen</translation>
    </message>
    <message>
        <source>No set of your exercises found</source>
        <translation>Kein Satz Ihrer Übungen gefunden</translation>
    </message>
    <message>
        <source>Set {index} of {count} · {headline}</source>
        <translation>Satz {index} von {count} · {headline}</translation>
    </message>
    <message>
        <source>Coach found none of your exercises in this recording. Choose the exercise above and re-score to judge it as that exercise.</source>
        <translation>Coach hat in dieser Aufnahme keine Ihrer Übungen gefunden. Wählen Sie oben die Übung und bewerten Sie neu, um sie als diese Übung zu beurteilen.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>{headline} (faults: {faults})</source>
        <translation>{headline} (Fehler: {faults})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>limits from {file}</source>
        <translation>Grenzwerten aus {file}</translation>
    </message>
    <message>
        <source>the default limits</source>
        <translation>den Standardgrenzwerten</translation>
    </message>
    <message>
        <source>Re-scored with {limits}: {result}.</source>
        <translation>Neu bewertet mit {limits}: {result}.</translation>
    </message>
    <message>
        <source>Re-scored with {limits}: before {before}; now {after}.</source>
        <translation>Neu bewertet mit {limits}: vorher {before}; jetzt {after}.</translation>
    </message>
</context>
</TS>
