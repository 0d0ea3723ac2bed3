# Indentation with tabs and spaces mixed the way Python accepts it:
# a tab advances to the next multiple of 8 columns.


def tabbed(log):
	x = log.read_all()
	if x:
	    y =	log.read_all()
	return x


def spaces_then_tab(log):
  	a = log.read_all()
  	if a:
  		b = log.read_all()

  	    # a comment at another indentation does not matter
  		c = log.read_all()
  	return a


class Mixed:
	def method(self):
		return self.log.read_all()
	def other(self):
	        return self.log.read_all()
	level = Store().read_all()

def after_formfeed(log):
    return log.read_all()


tail = Store().read_all()
