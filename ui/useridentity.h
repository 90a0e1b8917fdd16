#pragma once

#include <QString>

namespace rd {

// The name of the person at this workstation, as they last gave it (when they asked for a review or
// exported), or their account's name until they have. It fills in "Your name" questions; it is
// never taken from someone else's role in a release.
QString userName();
void setUserName(const QString &name);
// Whether they have given their name here (else userName() is their account's).
bool hasGivenUserName();

} // namespace rd
