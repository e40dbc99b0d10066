// The stored version's summary relationships (after load/unwork-document took their figures off the units):
// load/works-on and load/supervises write the new version's.
MATCH (:Document {key: $key})<-[r:WORKS_ON|SUPERVISES]-()
DELETE r
