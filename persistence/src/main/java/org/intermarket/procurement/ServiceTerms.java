package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What is asked of the agencies and how the winner will be chosen: the part of a need's terms that a round goes out
 * on and an amendment may change. A value: the need holds the terms in force, each {@link Round} the terms it was
 * published on, and a change makes new terms instead of altering these, so a round's record can never move with the
 * need's present.
 */
@Embeddable
public class ServiceTerms {

    @Column(nullable = false)
    private String scope;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Column(name = "ceiling_price")
    private BigDecimal ceilingPrice;

    @Column(name = "qualification_required")
    private String qualificationRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_method", nullable = false)
    private SelectionMethod method;

    @Column(name = "price_weight")
    private Integer priceWeight;

    @Column(name = "credit_weight")
    private Integer creditWeight;

    @Column(name = "plan_weight")
    private Integer planWeight;

    protected ServiceTerms() {
    }

    private ServiceTerms(String scope, int serviceDays, BigDecimal ceilingPrice, String qualificationRequired, SelectionMethod method,
                         NeedTerms.Weights weights) {
        this.scope = Objects.requireNonNull(scope);
        this.serviceDays = serviceDays;
        this.ceilingPrice = ceilingPrice;
        this.qualificationRequired = qualificationRequired;
        this.method = Objects.requireNonNull(method);
        this.priceWeight = weights == null ? null : weights.price();
        this.creditWeight = weights == null ? null : weights.credit();
        this.planWeight = weights == null ? null : weights.plan();
    }

    static ServiceTerms of(NeedTerms terms) {
        return new ServiceTerms(terms.scope(), terms.serviceDays(), terms.ceilingPrice(), terms.qualificationRequired(), terms.method(),
                terms.weights());
    }

    /** The same terms as a value of their own: JPA wants an embedded value owned by one entity only. */
    ServiceTerms copy() {
        return amended(null, null, null);
    }

    /** These terms with what an amendment changes; null leaves a term as it is. */
    ServiceTerms amended(String newScope, Integer newServiceDays, BigDecimal newCeiling) {
        return new ServiceTerms(newScope == null ? scope : newScope, newServiceDays == null ? serviceDays : newServiceDays,
                newCeiling == null ? ceilingPrice : newCeiling, qualificationRequired, method, weights());
    }

    /** These terms under another selection method, with its weights (null unless comprehensive scoring). */
    ServiceTerms selectedBy(SelectionMethod newMethod, NeedTerms.Weights weights) {
        return new ServiceTerms(scope, serviceDays, ceilingPrice, qualificationRequired, newMethod, weights);
    }

    public String scope() {
        return scope;
    }

    public int serviceDays() {
        return serviceDays;
    }

    public BigDecimal ceilingPrice() {
        return ceilingPrice;
    }

    public String qualificationRequired() {
        return qualificationRequired;
    }

    public SelectionMethod method() {
        return method;
    }

    public NeedTerms.Weights weights() {
        return priceWeight == null ? null : new NeedTerms.Weights(priceWeight, creditWeight, planWeight);
    }
}
