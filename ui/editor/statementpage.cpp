#include "form/bodyeditor.h"
#include "form/fieldbinder.h"
#include "model/releasedocument.h"
#include "pages.h"

#include <QLabel>
#include <QTextEdit>
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
    const auto update = [document, counter] {
        counter->setText(bodyCount(document->release().body.wordCount()));
    };
    QObject::connect(
        document, &ReleaseDocument::fieldChanged, counter, [update](const FieldKey &key) {
            if (key.field == Field::Body)
                update();
        });
    QObject::connect(document, &ReleaseDocument::releaseReset, counter, update);
    update();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(body, 1);
    layout->addWidget(counter);
    return content;
}

} // namespace rd
