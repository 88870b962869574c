// SPDX-License-Identifier: GPL-3.0-or-later
// "Use your provider's modern sign-in": the login form, where the password is the app password
// (or authorisation code) the provider issues for mail programs.
#include "loginpanel.h"

namespace od {

namespace {

class ModernAuthPanel : public LoginPanel
{
    Q_DECLARE_TR_FUNCTIONS(od::FixPage)
public:
    ModernAuthPanel(Fix fix, WizardState *state, QWidget *parent = nullptr)
        : LoginPanel(fix, state, parent)
    {
    }
};

} // namespace

FixPanelType modernAuthPanel()
{
    return fixPanelType<ModernAuthPanel>();
}

} // namespace od
