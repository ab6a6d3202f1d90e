package org.intermarket.procurement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Membership;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Owners register their projects; needs are published on them. */
@Stateless
@RolesAllowed(Roles.OWNER)
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public Project create(@NotNull @Valid ProjectForm form) {
        Project project = new Project(membership.organisationId(), form.name().trim(), form.projectCode(), form.location().trim(),
                form.investment().setScale(2), clock.instant());
        try {
            em.persist(project);
            em.flush();
        } catch (PersistenceException duplicate) {
            throw new ConflictException("procurement.project-code-taken", "project code " + form.projectCode() + " is already registered");
        }
        audit.record("PROJECT_CREATED", "Project", project.id(), StoredText.facts("code", project.projectCode(), "name", project.name()));
        return project;
    }

    public Page<Project> mine(@NotNull PageRequest page) {
        Long owner = membership.organisationId();
        List<Project> projects = em.createQuery("SELECT p FROM Project p WHERE p.ownerOrganisationId = :owner ORDER BY p.createdAt DESC, p.id DESC",
                        Project.class)
                .setParameter("owner", owner).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.ownerOrganisationId = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult();
        return new Page<>(projects, page.page(), page.size(), total);
    }

    /** The caller's own project, or 404 (someone else's project is not the caller's business). */
    public Project own(@NotNull Long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !project.ownerOrganisationId().equals(membership.organisationId())) {
            throw new NotFoundException("project", id);
        }
        return project;
    }
}
