#pragma once

#include <QSplitter>

namespace rd {

// The splitter between the editor and the preview, with a handle that can be seen: a line the
// width of the gap and a grip of three dots in the middle, darker under the mouse.
class PaneSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit PaneSplitter(QWidget *parent = nullptr);

protected:
    QSplitterHandle *createHandle() override;
};

} // namespace rd
