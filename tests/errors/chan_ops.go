// Channels (issue 5): direction, send, receive, close and assignability
// errors, as gc reports them.
//
// Checked against go 1.19 (go build): same positions and messages, except
// "as chan<- int value in assignment", today's wording (1.19: "as type
// chan<- int in assignment").

package main

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	var x int
	r <- 1                 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	<-s                    // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r)               // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	x <- 1                 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	<-x                    // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	close(x)               // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	c <- "s"               // ERROR "cannot use .s. \(untyped string constant\) as int value in send"
	s = r                  // ERROR "cannot use r \(variable of type <-chan int\) as chan<- int value in assignment"
	c = s                  // ERROR "cannot use s \(variable of type chan<- int\) as chan int value in assignment"
	r = c
	_, _, _, _ = r, s, c, x
}
