import fc from 'fast-check';

// Under mutation testing a property runs once for every mutant its test covers, so each stops
// after a fifth of a second (passing, if nothing failed by then): a mutant that changes behaviour is
// almost always caught in the first inputs. `vitest run` still runs every property in full.
fc.configureGlobal({ interruptAfterTimeLimit: 200, markInterruptAsFailure: false });
