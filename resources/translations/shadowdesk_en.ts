<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>InvitesDialog</name>
    <message numerus="yes">
        <source>The %n chosen session(s)</source>
        <translation>
            <numerusform>The %n chosen session</numerusform>
            <numerusform>The %n chosen sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar file(s) in {folder}.</source>
        <translation>
            <numerusform>Saved %n calendar file in {folder}.</numerusform>
            <numerusform>Saved %n calendar files in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%n row(s), {kind}, sheet {sheet}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n row, {kind}, sheet {sheet}. ShadowDesk guessed which column holds what; change any that are wrong.</numerusform>
            <numerusform>%n rows, {kind}, sheet {sheet}. ShadowDesk guessed which column holds what; change any that are wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</source>
        <translation>
            <numerusform>%n row, {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</numerusform>
            <numerusform>%n rows, {encoding}, separated by {delimiter}. ShadowDesk guessed which column holds what; change any that are wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they are offered again next time:</source>
        <translation>
            <numerusform>%n message could not be sent; it is offered again next time:</numerusform>
            <numerusform>%n messages could not be sent; they are offered again next time:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingReviewDialog</name>
    <message numerus="yes">
        <source>Planning %n round(s) for “{program}”…</source>
        <translation>
            <numerusform>Planning %n round for “{program}”…</numerusform>
            <numerusform>Planning %n rounds for “{program}”…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{pairs} proposed pairs over %n round(s). Swap partners or remove pairs, then confirm: nothing is saved before.</source>
        <translation>
            <numerusform>{pairs} proposed pairs over %n round. Swap partners or remove pairs, then confirm: nothing is saved before.</numerusform>
            <numerusform>{pairs} proposed pairs over %n rounds. Swap partners or remove pairs, then confirm: nothing is saved before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); answered at both the start and the end: %n</source>
        <translation>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); answered at both the start and the end: %n</numerusform>
            <numerusform>&lt;b&gt;{department}&lt;/b&gt;: {start} → {end} ({shift}); answered at both the start and the end: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last met %n day(s) ago</source>
        <translation>
            <numerusform>last met %n day ago</numerusform>
            <numerusform>last met %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> round(s)</source>
        <translation>
            <numerusform> round</numerusform>
            <numerusform> rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) stalled: no session lately and none planned.</source>
        <translation>
            <numerusform>%n pair stalled: no session lately and none planned.</numerusform>
            <numerusform>%n pairs stalled: no session lately and none planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>{value} (%n row(s)) -&gt;</source>
        <translation>
            <numerusform>{value} (%n row) -&gt;</numerusform>
            <numerusform>{value} (%n rows) -&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: someone else changed %n person(s) since the preview ({changed}).</source>
        <translation>
            <numerusform>Nothing was imported: someone else changed %n person since the preview ({changed}).</numerusform>
            <numerusform>Nothing was imported: someone else changed %n people since the preview ({changed}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%n row with problems will be skipped.</numerusform>
            <numerusform>%n rows with problems will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems; nothing will be imported.</source>
        <translation>
            <numerusform>%n row with problems; nothing will be imported.</numerusform>
            <numerusform>%n rows with problems; nothing will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message numerus="yes">
        <source>Sessions of the last %n day(s)</source>
        <translation>
            <numerusform>Sessions of the last %n day</numerusform>
            <numerusform>Sessions of the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <source>%n reminder(s), one per person, each listing every note they still owe.</source>
        <translation>
            <numerusform>%n reminder, one per person, each listing every note they still owe.</numerusform>
            <numerusform>%n reminders, one per person, each listing every note they still owe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody owes a note, or everyone who does was reminded in the last %n day(s).</source>
        <translation>
            <numerusform>Nobody owes a note, or everyone who does was reminded in the last %n day.</numerusform>
            <numerusform>Nobody owes a note, or everyone who does was reminded in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsMatrixDialog</name>
    <message numerus="yes">
        <source>Wrote %n people to {path}.</source>
        <translation>
            <numerusform>Wrote %n person to {path}.</numerusform>
            <numerusform>Wrote %n people to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message numerus="yes">
        <source>{location} (%n person(s)){guessed}:</source>
        <translation>
            <numerusform>{location} (%n person){guessed}:</numerusform>
            <numerusform>{location} (%n people){guessed}:</numerusform>
        </translation>
    </message>
</context>
</TS>
