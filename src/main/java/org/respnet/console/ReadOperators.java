package org.respnet.console;

import java.util.Set;

/**
 * The plan operators the console lets run: those that read the graph and shape rows. An allow-list, so an operator
 * a future Neo4j adds (or one of the administration commands Neo4j classifies as reads, like SHOW TRANSACTIONS,
 * TERMINATE TRANSACTIONS, SHOW SETTINGS) is refused until someone decides it is harmless. {@code ProcedureCall}
 * is here because {@link ReadOnlyGuard} checks the procedure's name against its own list first.
 */
final class ReadOperators {

    private static final Set<String> READS = Set.of(
            // leaves: scans and seeks
            "AllNodesScan", "NodeByLabelScan", "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek",
            "NodeUniqueIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "NodeIndexScan",
            "NodeIndexContainsScan", "NodeIndexEndsWithScan", "MultiNodeIndexSeek", "AssertingMultiNodeIndexSeek",
            "IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "UnionNodeByLabelsScan",
            "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan",
            "UndirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan",
            "UndirectedUnionRelationshipTypesScan", "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
            "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
            "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek", "DirectedRelationshipIndexSeekByRange",
            "UndirectedRelationshipIndexSeekByRange", "DirectedRelationshipUniqueIndexSeek",
            "UndirectedRelationshipUniqueIndexSeek", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
            "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
            "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
            "AssertingMultiRelationshipIndexSeek", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
            "Argument", "ArgumentTracker", "Input",
            // traversal
            "Expand", "OptionalExpand", "VarLengthExpand", "PruningVarExpand", "BFSPruningVarExpand", "ShortestPath",
            "StatefulShortestPath", "Repeat", "BidirectionalRepeat", "NullifyMetadata", "ProjectEndpoints",
            "TriadicSelection", "TriadicBuild", "TriadicFilter", "AssertSameNode", "AssertSameRelationship",
            // nested loops and joins
            "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
            "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply",
            "ConditionalApply", "AntiConditionalApply", "CartesianProduct", "NodeHashJoin", "ValueHashJoin",
            "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "Optional", "Anti", "Union", "OrderedUnion",
            // row shaping
            "Filter", "Projection", "CacheProperties", "Unwind", "Limit", "ExhaustiveLimit", "Skip", "Sort",
            "PartialSort", "Top", "Top1WithTies", "PartialTop", "Distinct", "OrderedDistinct", "EagerAggregation",
            "OrderedAggregation", "Eager", "EmptyResult", "ProduceResults",
            // the schema and the callable catalogue, which analysts use to write queries
            "ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions",
            "ProcedureCall");

    private ReadOperators() {
    }

    /** {@code operator} without its runtime suffix; a variant in parentheses ({@code Expand(Into)}) counts as its base. */
    static boolean allowed(String operator) {
        int paren = operator.indexOf('(');
        return READS.contains(paren < 0 ? operator : operator.substring(0, paren));
    }
}
