#pragma once

#include <QList>
#include <QWidget>

namespace rd {

// The widgets inside container that take the keyboard, in the order Tab visits them: what a
// step or a form counts as its fields when it gives the keyboard to the first of them.
inline QList<QWidget *> tabChainOf(QWidget *container)
{
    QList<QWidget *> widgets;
    for (QWidget *widget = container->nextInFocusChain(); widget && widget != container;
         widget = widget->nextInFocusChain()) {
        if (container->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus)
            && widget->isEnabled() && widget->isVisibleTo(container) && !widgets.contains(widget))
            widgets.append(widget);
    }
    return widgets;
}

} // namespace rd
