package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.intermarket.registry.AccountAdministration;
import org.intermarket.registry.AccountEntry;
import org.intermarket.registry.AccountQuery;
import org.intermarket.registry.Role;
import org.intermarket.registry.StaffAccountForm;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.ChosenRecord;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.ShownPage;
import org.intermarket.shared.view.Pager;

/**
 * admin/accounts.xhtml: every account, filtered and paged through the address (q, role, locked,
 * page). One account is chosen with {@code ?account=}; its panel above the table unlocks, disables or
 * enables it, posting the id back so the action lands on the account shown. A form below opens
 * supervisor and administrator accounts.
 */
@Named
@RequestScoped
public class AccountsPage {

    static final int PAGE_SIZE = 20;
    static final String CHOSEN = "account";

    @Inject
    private AccountAdministration accounts;

    @Inject
    private HttpServletRequest request;

    private String q;
    private String role;
    private String locked;
    private int page;
    private String reason;
    private String newUsername;
    private String newPassword;
    private String newEmail;
    private Role newRole = Role.SUPERVISOR;
    private final ShownPage<AccountEntry> shown = new ShownPage<>(PAGE_SIZE, this::query);
    // A lambda, not a method reference: the service is injected after this field is set.
    private final ChosenRecord<AccountEntry> chosen = new ChosenRecord<>(CHOSEN, id -> accounts.account(id));

    /** The page of accounts, read while rendering (see ShownPage). */
    public Page<AccountEntry> getResult() {
        return shown.get(page);
    }

    private Page<AccountEntry> query() {
        Role wantedRole = role == null || role.isBlank() ? null : Role.valueOf(role);
        Boolean onlyLocked = "true".equals(locked) ? Boolean.TRUE : null;
        return accounts.search(new AccountQuery(q, wantedRole, onlyLocked), new PageRequest(page, PAGE_SIZE));
    }

    /** The account named by {@code ?account=} (or the posted form), or null. */
    public AccountEntry getChosen() {
        return chosen.get(request);
    }

    public void unlock() {
        AccountEntry account = getChosen();
        if (account != null && Messages.attempt(() -> accounts.unlock(account.id()))) {
            Messages.info("accounts.unlockedDone", account.username());
            chosen.forget();
        }
    }

    public void disable() {
        AccountEntry account = getChosen();
        if (account != null && Messages.attempt(() -> accounts.disable(account.id(), reason))) {
            Messages.info("accounts.disabledDone", account.username());
            reason = null;
            chosen.forget();
        }
    }

    public void enable() {
        AccountEntry account = getChosen();
        if (account != null && Messages.attempt(() -> accounts.enable(account.id()))) {
            Messages.info("accounts.enabledDone", account.username());
            chosen.forget();
        }
    }

    /** Opens a staff account; the password never comes back to the page. */
    public void create() {
        StaffAccountForm form = new StaffAccountForm(newUsername, newPassword, newEmail, newRole);
        if (Messages.attempt(() -> accounts.create(form))) {
            Messages.info("accounts.createdDone", newUsername.trim());
            newUsername = null;
            newEmail = null;
            newRole = Role.SUPERVISOR;
        }
        newPassword = null;
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.SUPERVISOR, Role.ADMIN);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLocked() {
        return locked;
    }

    public void setLocked(String locked) {
        this.locked = locked;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
