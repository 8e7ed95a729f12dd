<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuidedSession</name>
    <message numerus="yes">
        <source>“{name}”: %n set(s) recorded.</source>
        <translation>
            <numerusform>“{name}”: %n set recorded.</numerusform>
            <numerusform>“{name}”: %n sets recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Your %n rep(s) are kept.</source>
        <translation>
            <numerusform>Your %n rep is kept.</numerusform>
            <numerusform>Your %n reps are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
</TS>
