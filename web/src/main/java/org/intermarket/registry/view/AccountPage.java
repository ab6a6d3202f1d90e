package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.registry.Account;
import org.intermarket.registry.AccountService;

/** account/index.xhtml: who is signed in, for which organisation. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private AccountService accounts;

    private Account account;

    public Account getAccount() {
        if (account == null) {
            account = accounts.me();
        }
        return account;
    }
}
