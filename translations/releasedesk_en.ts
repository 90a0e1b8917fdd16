<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>The dateline is %n days ago; give the day the release goes out.</source>
        <translation>
            <numerusform>The dateline is %n day ago; give the day the release goes out.</numerusform>
            <numerusform>The dateline is %n days ago; give the day the release goes out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dateline is %n days ahead; give the day the release goes out.</source>
        <translation>
            <numerusform>The dateline is %n day ahead; give the day the release goes out.</numerusform>
            <numerusform>The dateline is %n days ahead; give the day the release goes out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n words; the house limit is %1. Keep what a reader must know and move the rest into the first paragraph.</source>
        <translation>
            <numerusform>The headline has %n word; the house limit is %1. Keep what a reader must know and move the rest into the first paragraph.</numerusform>
            <numerusform>The headline has %n words; the house limit is %1. Keep what a reader must know and move the rest into the first paragraph.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The headline has %n characters; the house limit is %1, so that it fits news wires and search results.</source>
        <translation>
            <numerusform>The headline has %n character; the house limit is %1, so that it fits news wires and search results.</numerusform>
            <numerusform>The headline has %n characters; the house limit is %1, so that it fits news wires and search results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first paragraph has %n words; the house limit is %1. Say who did what, where and when, and leave the detail to the next paragraphs.</source>
        <translation>
            <numerusform>The first paragraph has %n word; the house limit is %1. Say who did what, where and when, and leave the detail to the next paragraphs.</numerusform>
            <numerusform>The first paragraph has %n words; the house limit is %1. Say who did what, where and when, and leave the detail to the next paragraphs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quote %1 has %n words; the house limit is %2. Keep the words that only this speaker could say, and give the facts in the statement.</source>
        <translation>
            <numerusform>Quote %1 has %n word; the house limit is %2. Keep the words that only this speaker could say, and give the facts in the statement.</numerusform>
            <numerusform>Quote %1 has %n words; the house limit is %2. Keep the words that only this speaker could say, and give the facts in the statement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sentence has %n words; the house limit is %1. Split it.</source>
        <translation>
            <numerusform>This sentence has %n word; the house limit is %1. Split it.</numerusform>
            <numerusform>This sentence has %n words; the house limit is %1. Split it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min to read</source>
        <translation>
            <numerusform>about %n min to read</numerusform>
            <numerusform>about %n min to read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CommentsPanel</name>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n resolved</numerusform>
            <numerusform>, %n resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ComparisonPanel</name>
    <message numerus="yes">
        <source>Since %1: %n differences.</source>
        <translation>
            <numerusform>Since %1: %n difference.</numerusform>
            <numerusform>Since %1: %n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This release against %1: %n differences.</source>
        <translation>
            <numerusform>This release against %1: %n difference.</numerusform>
            <numerusform>This release against %1: %n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n differences.</source>
        <translation>
            <numerusform>%1: %n difference.</numerusform>
            <numerusform>%1: %n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DocumentStatus</name>
    <message numerus="yes">
        <source>Saved %n minutes ago</source>
        <translation>
            <numerusform>Saved %n minute ago</numerusform>
            <numerusform>Saved %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words in the statement</source>
        <translation>
            <numerusform>%n word in the statement</numerusform>
            <numerusform>%n words in the statement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::PreviewPane</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReviewController</name>
    <message numerus="yes">
        <source>%n open comments</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::WorkflowPanel</name>
    <message numerus="yes">
        <source>%n comments on this release are still open. Approve it anyway, or read and resolve them first (Review ▸ Comments)?</source>
        <translation>
            <numerusform>%n comment on this release is still open. Approve it anyway, or read and resolve it first (Review ▸ Comments)?</numerusform>
            <numerusform>%n comments on this release are still open. Approve it anyway, or read and resolve them first (Review ▸ Comments)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments still open.</source>
        <translation>
            <numerusform>%n comment still open.</numerusform>
            <numerusform>%n comments still open.</numerusform>
        </translation>
    </message>
</context>
</TS>
