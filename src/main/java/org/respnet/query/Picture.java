package org.respnet.query;

import java.util.List;

/**
 * The leader's picture of who must coordinate with whom, with an account of everything left out of it.
 *
 * @param measuresInScope   measures of the documents in scope
 * @param ubiquityShare     a unit in at least this share of them is ubiquitous: it ties to nearly everyone
 * @param hiddenUnits       the ubiquitous units left out (empty when asked to show them)
 * @param perUnit           ties kept per unit, its strongest ones (0: all ties)
 * @param tiesInScope       ties between the units drawn, before keeping the strongest
 * @param tiesHidden        of those, the ones not drawn
 * @param tiesOfHiddenUnits ties that touch a hidden unit
 * @param unitsNotDrawn     the weakest units beyond {@code maxUnits}, left out to keep the picture legible
 * @param modularity        Newman's modularity of the groups on all ties between the units drawn
 * @param weakStructure     modularity below {@link LeaderViews#WEAK_MODULARITY}: the groups are hardly groups
 */
public record Picture(String weighting, long measuresInScope, double ubiquityShare,
                      List<Node> nodes, List<GraphView.Edge> edges, List<HiddenUnit> hiddenUnits, int perUnit,
                      int tiesInScope, int tiesHidden, int tiesOfHiddenUnits, int unitsNotDrawn,
                      double modularity, boolean weakStructure, List<Group> groups) {

    /** @param strength the unit's total tie weight among the units drawn; ties: how many it has there */
    public record Node(String id, String type, String label, String kind, long leads, long participations,
                       double workload, Integer cluster, double strength, int ties) {
    }

    /** @param share the share of the measures in scope the unit takes part in */
    public record HiddenUnit(String name, String kind, long measures, double share) {
    }

    /** @param leading its strongest members, which name it */
    public record Group(int id, int size, List<String> leading) {
    }
}
