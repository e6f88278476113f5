//! Test harness for resp: starts real `redis-server` processes on free
//! loopback ports and stops them when dropped.
