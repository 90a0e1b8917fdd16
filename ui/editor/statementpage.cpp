#include "form/bodyeditor.h"
#include "form/fieldbinder.h"
#include "model/releasedocument.h"
#include "pages.h"

#include <QLabel>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace rd {

QWidget *createStatementContent(ReleaseDocument *document, UserPrompts *prompts)
{
    auto *content = new QWidget;
    auto *binder = new FieldBinder(document, content);
    auto *body = new BodyEditor(prompts, content);
    body->textEdit()->setObjectName(fieldId(Field::Body));
    body->textEdit()->setMinimumHeight(360);
    const auto commitBody = binder->bind(
        Field::Body, [body] { return QVariant::fromValue(body->body()); },
        [body](const QVariant &value) { body->setBody(value.value<Body>()); });
    QObject::connect(body, &BodyEditor::edited, binder, commitBody);

    auto *counter = new QLabel(content);
    counter->setTextFormat(Qt::PlainText);
    counter->setForegroundRole(QPalette::PlaceholderText);
    counter->setObjectName(QStringLiteral("bodyCounter"));
    // Counting 20,000 words takes longer than a keystroke may: the count follows when typing
    // pauses.
    auto *recount = new QTimer(counter);
    recount->setSingleShot(true);
    recount->setInterval(200);
    QObject::connect(recount, &QTimer::timeout, counter,
        [document, counter] { counter->setText(bodyCount(document->release().body.wordCount())); });
    QObject::connect(
        document, &ReleaseDocument::fieldChanged, recount, [recount](const FieldKey &key) {
            if (key.field == Field::Body)
                recount->start();
        });
    QObject::connect(
        document, &ReleaseDocument::releaseReset, recount, [recount] { recount->start(0); });
    counter->setText(bodyCount(document->release().body.wordCount()));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(body, 1);
    layout->addWidget(counter);
    return content;
}

} // namespace rd
