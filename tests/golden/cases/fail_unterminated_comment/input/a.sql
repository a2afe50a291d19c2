CREATE TABLE t (a integer); /* outer /* inner */ still open
