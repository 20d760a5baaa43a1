// Palindromes: bytewise on ASCII with two indexes, ignoring case and
// punctuation, and numbers whose digits read the same backwards.
package main

import "fmt"

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func letter(c byte) (byte, bool) {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A', true
	}
	return c, c >= 'a' && c <= 'z'
}

func isPhrasePalindrome(s string) bool {
	i, j := 0, len(s)-1
	for i < j {
		a, okA := letter(s[i])
		if !okA {
			i++
			continue
		}
		b, okB := letter(s[j])
		if !okB {
			j--
			continue
		}
		if a != b {
			return false
		}
		i++
		j--
	}
	return true
}

func isNumPalindrome(n int) bool {
	r, m := 0, n
	for m > 0 {
		r = r*10 + m%10
		m /= 10
	}
	return r == n
}

func main() {
	words := "racecar level golang noon a ab"
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			w := words[start:i]
			fmt.Printf("%-8s %t\n", w, isPalindrome(w))
			start = i + 1
		}
	}
	fmt.Println(isPalindrome(""), isPalindrome("été"), isPalindrome("ab"+"ba"))
	fmt.Println(isPhrasePalindrome("A man, a plan, a canal: Panama!"))
	fmt.Println(isPhrasePalindrome("Was it a car or a cat I saw?"))
	fmt.Println(isPhrasePalindrome("Not a palindrome"))
	count, largest := 0, 0
	for n := 1; n < 100000; n++ {
		if isNumPalindrome(n) {
			count++
			largest = n
		}
	}
	fmt.Println(count, "numeric palindromes below 100000, largest", largest)
}
